"""Fetching and parsing the sources. Pure parsers over bytes; never imports the tracker."""
