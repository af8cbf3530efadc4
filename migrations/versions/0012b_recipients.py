"""whom a commitment was made to, and related commitments a clerk confirms (issue 12)

people and parties: the SyncFeed's Persoon and Fractie by GUID; commitment_recipients: the
members (and parties) a commitment was made to, for the detail page and the party filter;
commitment_links.state: "related" links across the chambers are proposed, then confirmed or
rejected by a clerk (links a source gives are confirmed).

Revision ID: 0012b_recipients
Revises: 0013w_milestone_note_nl
Create Date: 2026-12-03
"""

import warnings
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import SAWarning


revision: str = '0012b_recipients'
down_revision: str | None = '0013w_milestone_note_nl'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('parties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=100), nullable=False),
    sa.Column('abbreviation', sa.String(length=100), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_parties_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parties')),
    sa.UniqueConstraint('source_id', 'external_id', name=op.f('uq_parties_source_id_external_id'))
    )
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('party', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_people_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('source_id', 'external_id', name=op.f('uq_people_source_id_external_id'))
    )
    op.create_table('commitment_recipients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=True),
    sa.Column('party', sa.String(length=100), nullable=True),
    sa.Column('person_ref', sa.String(length=100), nullable=True),
    sa.Column('party_ref', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_commitment_recipients_commitment_id_commitments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment_recipients')),
    sa.UniqueConstraint('commitment_id', 'position', name=op.f('uq_commitment_recipients_commitment_id_position'))
    )
    with op.batch_alter_table('commitment_recipients', schema=None) as batch_op:
        batch_op.create_index('ix_commitment_recipients_party', ['party'], unique=False)
        batch_op.create_index('ix_commitment_recipients_party_ref', ['party_ref'], unique=False)
        batch_op.create_index('ix_commitment_recipients_person_ref', ['person_ref'], unique=False)

    # SQLite adds a CHECK only by copying the table (batch mode), which reflects the tables it
    # refers to; their dialect-specific expression indexes are not reflected, and say so.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=SAWarning,
                                message="Skipped unsupported reflection")
        with op.batch_alter_table('commitment_links', schema=None) as batch_op:
            batch_op.add_column(sa.Column('state', sa.String(length=20),
                                          server_default='confirmed', nullable=False))
            batch_op.create_check_constraint(
                'state', "state IN ('confirmed','proposed','rejected')")



def downgrade() -> None:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=SAWarning,
                                message="Skipped unsupported reflection")
        with op.batch_alter_table('commitment_links', schema=None) as batch_op:
            batch_op.drop_constraint('state', type_='check')
            batch_op.drop_column('state')

    with op.batch_alter_table('commitment_recipients', schema=None) as batch_op:
        batch_op.drop_index('ix_commitment_recipients_person_ref')
        batch_op.drop_index('ix_commitment_recipients_party_ref')
        batch_op.drop_index('ix_commitment_recipients_party')

    op.drop_table('commitment_recipients')
    op.drop_table('people')
    op.drop_table('parties')
