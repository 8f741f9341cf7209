"""Escalation records, the clinician alert outbox and its sender, data deletion and retention.

Infrastructure for the action server; it knows nothing about Rasa's dialogue, only its
tracker store table (`events`) for deletion and retention."""
