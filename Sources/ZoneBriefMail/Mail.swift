// Placeholder: mail lands here (issue 5).
