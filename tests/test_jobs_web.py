"""The web area's scheduled job."""

from datetime import timedelta

from sqlalchemy import func, select

from tracker.jobs import JOBS, prune_login_attempts
from tracker.models import LoginAttempt, utcnow


def test_old_login_attempts_are_pruned_by_a_scheduled_job(settings, session):
    assert "prune-login-attempts" in {job.id for job in JOBS}
    session.add_all([LoginAttempt(email="a", ip="b", succeeded=False,
                                  at=utcnow() - timedelta(days=31)),
                     LoginAttempt(email="a", ip="b", succeeded=False, at=utcnow())])
    session.commit()
    assert prune_login_attempts(settings) == 1
    assert session.scalar(select(func.count()).select_from(LoginAttempt)) == 1
