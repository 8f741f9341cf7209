"""Rasa input/output channels fixed or extended for this project (referenced from credentials)."""
