"""foundation: sources, documents, commitments, milestones, history, recesses

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('milestones',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('regulation', sa.String(length=100), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('original_date', sa.Date(), nullable=True),
    sa.Column('basis', sa.String(length=200), nullable=False),
    sa.Column('title_en', sa.Text(), nullable=False),
    sa.Column('title_nl', sa.Text(), nullable=False),
    sa.Column('amended_by', sa.String(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestones')),
    sa.UniqueConstraint('key', name=op.f('uq_milestones_key'))
    )
    op.create_table('recesses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('chamber', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('certainty', sa.String(length=20), nullable=False),
    sa.CheckConstraint('first_day <= last_day', name=op.f('ck_recesses_ordered')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recesses')),
    sa.UniqueConstraint('chamber', 'name', 'first_day', name=op.f('uq_recesses_chamber_name_first_day'))
    )
    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('key', name=op.f('uq_sources_key'))
    )
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=300), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=True),
    sa.Column('identifier', sa.String(length=100), nullable=True),
    sa.Column('dossier', sa.String(length=50), nullable=True),
    sa.Column('ondernummer', sa.String(length=20), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('doc_type', sa.String(length=200), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('chamber', sa.String(length=2), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('is_stub', sa.Boolean(), nullable=False),
    sa.Column('extracted_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_documents_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('source_id', 'external_id', name=op.f('uq_documents_source_id_external_id'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index('ix_documents_dossier', ['dossier', 'ondernummer'], unique=False)
        batch_op.create_index('ix_documents_identifier', ['identifier'], unique=False)
        batch_op.create_index('ix_documents_number', ['number'], unique=False)

    op.create_table('sync_states',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('stream', sa.String(length=200), nullable=False),
    sa.Column('cursor', sa.Text(), nullable=True),
    sa.Column('etag', sa.String(length=300), nullable=True),
    sa.Column('last_modified', sa.String(length=100), nullable=True),
    sa.Column('last_run_at', sa.DateTime(), nullable=True),
    sa.Column('last_success_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('stats', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_sync_states_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_states')),
    sa.UniqueConstraint('source_id', 'stream', name=op.f('uq_sync_states_source_id_stream'))
    )
    op.create_table('commitments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=300), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=300), nullable=True),
    sa.Column('ministry', sa.String(length=200), nullable=True),
    sa.Column('committee', sa.String(length=300), nullable=True),
    sa.Column('chamber', sa.String(length=2), nullable=True),
    sa.Column('made_on', sa.Date(), nullable=True),
    sa.Column('activity', sa.Text(), nullable=True),
    sa.Column('activity_ref', sa.String(length=100), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('status_raw', sa.String(length=100), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('due_phrase', sa.Text(), nullable=True),
    sa.Column('due_precision', sa.String(length=20), nullable=True),
    sa.Column('due_source', sa.String(length=10), nullable=True),
    sa.Column('due_rule', sa.String(length=60), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('rule', sa.String(length=100), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('withdrawn', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("due_source IS NULL OR due_source IN ('source','text','manual')", name=op.f('ck_commitments_due_source')),
    sa.CheckConstraint("status IN ('open','partially_fulfilled','fulfilled','lapsed','unknown','candidate','rejected')", name=op.f('ck_commitments_status')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_commitments_document_id_documents')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_commitments_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitments')),
    sa.UniqueConstraint('source_id', 'external_id', name=op.f('uq_commitments_source_id_external_id'))
    )
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.create_index('ix_commitments_committee', ['committee'], unique=False)
        batch_op.create_index('ix_commitments_document_id', ['document_id'], unique=False)
        batch_op.create_index('ix_commitments_ministry', ['ministry'], unique=False)
        batch_op.create_index('ix_commitments_number', ['number'], unique=False)
        batch_op.create_index('ix_commitments_status_due', ['status', 'due'], unique=False)

    op.create_table('commitment_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('from_id', sa.Integer(), nullable=False),
    sa.Column('to_id', sa.Integer(), nullable=True),
    sa.Column('to_ref', sa.String(length=300), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['from_id'], ['commitments.id'], name=op.f('fk_commitment_links_from_id_commitments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_id'], ['commitments.id'], name=op.f('fk_commitment_links_to_id_commitments'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment_links')),
    sa.UniqueConstraint('from_id', 'relation', 'to_ref', name=op.f('uq_commitment_links_from_id_relation_to_ref'))
    )
    op.create_table('fulfilments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("state IN ('confirmed','proposed','rejected')", name=op.f('ck_fulfilments_state')),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_fulfilments_commitment_id_commitments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_fulfilments_document_id_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fulfilments')),
    sa.UniqueConstraint('commitment_id', 'document_id', name=op.f('uq_fulfilments_commitment_id_document_id'))
    )
    with op.batch_alter_table('fulfilments', schema=None) as batch_op:
        batch_op.create_index('ix_fulfilments_document_id', ['document_id'], unique=False)

    op.create_table('history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=True),
    sa.Column('milestone_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=50), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('actor_kind', sa.String(length=20), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('reference', sa.String(length=300), nullable=True),
    sa.CheckConstraint('(commitment_id IS NULL) <> (milestone_id IS NULL)', name=op.f('ck_history_one_subject')),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_history_commitment_id_commitments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestones.id'], name=op.f('fk_history_milestone_id_milestones'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history'))
    )
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.create_index('ix_history_changed_at', ['changed_at'], unique=False)
        batch_op.create_index('ix_history_commitment_id', ['commitment_id', 'changed_at'], unique=False)
        batch_op.create_index('ix_history_milestone_id', ['milestone_id', 'changed_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.drop_index('ix_history_milestone_id')
        batch_op.drop_index('ix_history_commitment_id')
        batch_op.drop_index('ix_history_changed_at')

    op.drop_table('history')
    with op.batch_alter_table('fulfilments', schema=None) as batch_op:
        batch_op.drop_index('ix_fulfilments_document_id')

    op.drop_table('fulfilments')
    op.drop_table('commitment_links')
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.drop_index('ix_commitments_status_due')
        batch_op.drop_index('ix_commitments_number')
        batch_op.drop_index('ix_commitments_ministry')
        batch_op.drop_index('ix_commitments_document_id')
        batch_op.drop_index('ix_commitments_committee')

    op.drop_table('commitments')
    op.drop_table('sync_states')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index('ix_documents_number')
        batch_op.drop_index('ix_documents_identifier')
        batch_op.drop_index('ix_documents_dossier')

    op.drop_table('documents')
    op.drop_table('sources')
    op.drop_table('recesses')
    op.drop_table('milestones')
