"""`make bench`: our assistant against the `rasa init` starter, under the same load."""
