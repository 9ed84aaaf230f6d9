"""Document -> Chunks (pure).

Chunks are cut from the layout-cleaned text with langchain's recursive splitter, using
separators that follow French prose (paragraphs, lines, sentence ends, clauses), and
each chunk keeps the offsets of its span in the original text.
"""

from __future__ import annotations

from paddockqa.domain import Chunk, Document
from paddockqa.text import CleanText, clean_layout

# Sentence ends include the French spaced forms ("Vraiment ?", "« … »."), so the splitter
# prefers them over commas and spaces.
SEPARATORS = ["\n\n", "\n", ". ", " ? ", "? ", " ! ", "! ", "… ", " ; ", "; ", ", ", " ", ""]


def chunk_document(document: Document, size: int, overlap: int) -> list[Chunk]:
    """Split a document into overlapping chunks of at most ``size`` characters."""
    clean = clean_layout(document.text, markdown=document.format == "md")
    return [chunk for chunk, _ in chunk_cleaned(document, clean, size, overlap)]


def chunk_cleaned(document: Document, clean: CleanText, size: int, overlap: int) -> list[tuple[Chunk, int]]:
    """The chunks of a document already cleaned, each with its start in the clean text."""
    # Imported here: langchain takes a quarter of a second to import, at the start of every
    # command (`ask`, `chat`), and only a build chunks.
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(
        chunk_size=size,
        chunk_overlap=overlap,
        separators=SEPARATORS,
        keep_separator="end",
        add_start_index=True,
        strip_whitespace=True,
    )
    chunks = []
    for piece in splitter.create_documents([clean.text]):
        start = piece.metadata["start_index"]
        if start < 0:  # the splitter could not locate the piece; find it ourselves
            start = clean.text.find(piece.page_content)
        end = start + len(piece.page_content)
        orig_start, orig_end = clean.span(start, end)
        chunk = Chunk(
            source=document.source, title=document.title, start=orig_start, end=orig_end, text=piece.page_content
        )
        chunks.append((chunk, start))
    return chunks
