// Placeholder: the metrics core lands here (issue 4).
