"""Pure models and functions: content, priorities and scoring. Nothing here imports Textual."""
