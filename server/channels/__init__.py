"""Input channels referenced from credentials.yml by module path."""
