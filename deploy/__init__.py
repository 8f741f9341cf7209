"""Deployment helpers: Rasa's configuration files generated from the environment."""
