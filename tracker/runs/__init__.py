"""Runs that own their transactions: a TK sync, the source syncs, the notification jobs.

The layers read scrapers → services → runs → cli, web, scheduler: a service takes a Session
and never commits; a run opens its units of work, commits in batches with its cursor, and is
safe to re-run after a crash at any point.
"""
