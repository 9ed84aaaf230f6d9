"""Real PDF and Word files for the tests, written with reportlab, pypdf and python-docx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def make_pdf(path: Path, pages: list[str], title: str | None = None, password: str | None = None) -> Path:
    """A PDF with one text page per string (lines split on newlines), optionally encrypted."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setAuthor("Service presse")
    if title:
        pdf.setTitle(title)
    for page in pages:
        text = pdf.beginText(50, 780)
        text.setFont("Helvetica", 11)
        for line in page.split("\n"):
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    if password:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(path))
        writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
        with open(path, "wb") as out:
            writer.write(out)
    return path


def make_docx(path: Path, paragraphs: list[str], title: str | None = None, author: str | None = None) -> Path:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.core_properties.title = title or ""
    document.core_properties.author = author or ""
    document.core_properties.created = dt.datetime(2020, 1, 1)
    document.save(str(path))
    return path
