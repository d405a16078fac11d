// Placeholder: the extractor lands here (issue 2).
