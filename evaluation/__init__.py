"""`make eval`: how well the assistant does, written to results/ (see evaluation.run)."""
