"""Queries and changes. Every function takes a Session, may flush, and never commits."""
