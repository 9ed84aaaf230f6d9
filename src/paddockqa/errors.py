"""The PaddockQA exception tree.

    PaddockError                 anything PaddockQA reports to a user
    ├── ConfigError              a bad setting, flag or config file
    ├── ModelError               the embedding model or the reader cannot be prepared, loaded or run
    ├── CorpusError              the corpus folder is missing or unusable
    ├── PaddockIndexError        the index is missing, corrupt, busy or built differently
    │   ├── IndexMissingError
    │   ├── IndexMismatchError   built with another model or chunk settings
    │   ├── IndexBusyError       another rebuild holds the lock
    │   └── IndexWriteError      the index folder cannot be written (read-only, full disk, a file)
    ├── QuestionError            an empty or oversized question
    └── LLMError                 the language model failed, timed out or sent garbage

Every message says what to do next. Adapters raise these ``from`` the library error; only
the CLI and the app turn them into text for the user. An ``LLMError`` never reaches the
user as an error: the answer falls back to extractive quotes with a notice.
"""

from __future__ import annotations


class PaddockError(Exception):
    """Base class of every error PaddockQA reports to a user."""


class ConfigError(PaddockError):
    """A setting, flag or config file is invalid."""


class ModelError(PaddockError):
    """The embedding model or the reader cannot be prepared, loaded or run."""


class CorpusError(PaddockError):
    """The corpus folder is missing or unusable."""


class PaddockIndexError(PaddockError):
    """The index is missing, corrupt, busy or was built differently."""


class IndexMissingError(PaddockIndexError):
    """No index has been built at the configured location."""


class IndexMismatchError(PaddockIndexError):
    """The index was built with another model or other chunk settings."""


class IndexBusyError(PaddockIndexError):
    """Another process is rebuilding the index."""


class IndexWriteError(PaddockIndexError):
    """The index folder cannot be written: read-only, a full disk, or a file in its place."""


class QuestionError(PaddockError):
    """The question is empty or too long."""


class LLMError(PaddockError):
    """The language model server failed, timed out or sent a malformed reply."""
