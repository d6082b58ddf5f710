"""Reconstruction across evidence: timeline, DFU session, cross-checks that need several inputs."""
