"""careerpath.Error: bad input to careerpath, with where it is and what kind."""

from __future__ import annotations


class Error(ValueError):
    """Bad input, with the engine's own message and its place.

    Attributes:
        kind: "bad_input", "not_found", "unsupported" or "internal", as the
            command line's exit statuses and the web API's status codes tell
            them apart.
        pointer: the JSON pointer of the problem inside the document
            ("/skills/sql"), or "".
        file: the file or what stands for it ("profile" for a dict, the
            argument's name for a bad argument), or "".
        line, column: inside a file with malformed JSON (1-based), else 0.
        message: the problem alone, without the place.
    """

    def __init__(self, text: str, *, kind: str = "bad_input", pointer: str = "", file: str = "",
                 line: int = 0, column: int = 0, message: str = "") -> None:
        super().__init__(text)
        self.kind = kind
        self.pointer = pointer
        self.file = file
        self.line = line
        self.column = column
        self.message = message or text

    def __reduce__(self):  # keeps the attributes across processes (Dask)
        return (_rebuild, (str(self), self.kind, self.pointer, self.file, self.line, self.column, self.message))


def _rebuild(text, kind, pointer, file, line, column, message):
    return Error(text, kind=kind, pointer=pointer, file=file, line=line, column=column, message=message)
