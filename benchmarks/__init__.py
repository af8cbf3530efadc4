"""Benchmarks behind the README's figures; run with `make bench`."""
