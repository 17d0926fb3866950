"""Tests of the experiment drivers and builders under experiments/ (not of the package)."""
