"""The command line, driven in-process with the real model and index."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Generator
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from paddockqa.cli import main
from paddockqa.domain import Answer

pytestmark = pytest.mark.slow
QUESTION = "Combien de pole positions Philippe Gaillard a-t-il signées ?"
ANSWER_KEYS = {
    "question", "answered", "answer", "confidence", "citations", "mode", "model", "sentences", "unsupported",
    "unsupported_reasons", "invalid_citations", "notice", "short_answer", "resolved_question",
}  # fmt: skip


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, corpus_dir: Path, tmp_path: Path) -> CliRunner:
    monkeypatch.setenv("PADDOCKQA_CORPUS", str(corpus_dir))
    monkeypatch.setenv("PADDOCKQA_INDEX", str(tmp_path / "index"))
    return CliRunner()


def test_index_json_summary(runner: CliRunner, corpus_dir: Path) -> None:
    (corpus_dir / "vide.txt").write_bytes(b"")
    result = runner.invoke(main, ["index", "--json"])
    assert result.exit_code == 3, result.output  # indexed, but a file was skipped
    summary = json.loads(result.stdout)
    assert set(summary) == {
        "documents", "chunks", "added", "updated", "removed", "renamed", "unchanged", "skipped",
        "embedded_chunks", "embedded_sentences", "resumed", "upgraded_from", "reembedded_from", "repaired",
        "reread_from", "seconds",
    }  # fmt: skip
    assert summary["documents"] == 3 and summary["embedded_chunks"] == summary["chunks"]
    assert summary["skipped"] == [{"source": "vide.txt", "reason": "file is empty"}]
    again = json.loads(runner.invoke(main, ["index", "--json"]).stdout)
    assert again["embedded_chunks"] == 0 and len(again["unchanged"]) == 3
    # Asked about by name, the skipped file is said to be left out, not missing (its name is right).
    scoped = runner.invoke(main, ["ask", "--document", "vide.txt", QUESTION])
    assert scoped.exit_code == 1 and "vide.txt est dans le dossier du corpus mais pas dans l’index" in scoped.output
    (corpus_dir.parent / "dehors.txt").write_text("Un texte hors du corpus.", encoding="utf-8")
    outside = runner.invoke(main, ["ask", "--document", "../dehors.txt", QUESTION])
    assert outside.exit_code == 1 and "Aucun document" in outside.output  # never a path out of the folder
    (corpus_dir / "vide.txt").unlink()
    assert runner.invoke(main, ["index"]).exit_code == 0


def test_index_flags_beat_environment(runner: CliRunner, corpus_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "autre-index"
    result = runner.invoke(main, ["index", "--json", "--index", str(other), "--corpus", str(corpus_dir)])
    assert result.exit_code == 0, result.output
    assert (other / "CURRENT").is_file() and not (tmp_path / "index").exists()


def test_ask_json_builds_the_index_first_and_follows_the_contract(runner: CliRunner, corpus_dir: Path) -> None:
    result = runner.invoke(main, ["ask", "--json", "-k", "4", QUESTION, "Quelle est la capitale de l’Australie ?"])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert set(first) == ANSWER_KEYS
    assert first["mode"] == "extractive" and first["model"] is None and first["unsupported"] == []
    assert first["question"] == QUESTION and first["answered"] is True and "[1]" in first["answer"]
    citation = first["citations"][0]
    assert set(citation) == {"n", "source", "title", "start", "end", "quote", "score", "date", "page", "also"}
    assert citation["n"] == 1 and citation["source"] == "001_99e132d26c260f21.txt"
    text = (corpus_dir / citation["source"]).read_text(encoding="utf-8")
    assert " ".join(text[citation["start"] : citation["end"]].split()) == citation["quote"]
    assert "6 pole positions" in citation["quote"]
    assert second["answered"] is False and "pas trouvé" in second["answer"]


def test_ask_text_output(runner: CliRunner) -> None:
    result = runner.invoke(main, ["ask", QUESTION])
    assert result.exit_code == 0, result.output
    assert "6 pole positions" in result.stdout and "[1] Porsche Matmut Carrera Cup : Immense GAILLARD" in result.stdout


def test_errors_are_messages_not_tracebacks(runner: CliRunner, tmp_path: Path) -> None:
    empty = runner.invoke(main, ["ask", "   "])
    assert empty.exit_code == 1 and "vide" in empty.output and "Traceback" not in empty.output
    assert empty.stderr.splitlines()[-1].startswith("Erreur : ")  # a French message is not led by "Error:"
    # One bad question among several: said, and the others answered.
    several = runner.invoke(main, ["ask", "--json", "", QUESTION])
    assert several.exit_code == 1 and "Erreur (question 1) : " in several.stderr and "vide" in several.stderr
    absent = runner.invoke(main, ["ask", "--document", "absent.md", QUESTION])
    assert absent.exit_code == 1 and absent.stderr.splitlines()[-1].startswith("Erreur : Aucun document")
    bad, good = (json.loads(line) for line in several.stdout.splitlines())
    assert bad["question"] == "" and "vide" in bad["error"] and good["answered"] is True
    missing = runner.invoke(
        main, ["index", "--corpus", str(tmp_path / "absent"), "--index", str(tmp_path / "typo" / "idx")]
    )
    assert missing.exit_code == 1 and "does not exist" in missing.output
    assert not (tmp_path / "typo").exists()  # nothing made for a corpus that is not there
    bad = runner.invoke(main, ["ask", "-k", "0", "x"])
    assert bad.exit_code == 2
    long = runner.invoke(main, ["ask", "x" * 600])
    assert long.exit_code == 1 and "limite" in long.output


def test_bad_environment_is_a_usage_error(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PADDOCKQA_TOP_K", "beaucoup")
    result = runner.invoke(main, ["ask", QUESTION])
    assert result.exit_code == 2 and "PADDOCKQA_TOP_K" in result.output


def test_ask_with_an_llm_streams_then_prints_the_checked_answer(runner: CliRunner, scripted_llm) -> None:
    flags = ["--llm-url", scripted_llm.url, "--llm-model", "invented-claim"]
    result = runner.invoke(main, ["ask", *flags, QUESTION])
    assert result.exit_code == 0, result.output
    streamed, checked = result.stdout.split("── après vérification ──")
    assert "Ferrari" in streamed and "⚠" not in streamed
    assert "⚠ Il a aussi remporté" in checked and "Réponse rédigée par invented-claim" in checked
    assert re.search(r"^\[\d\] Porsche Matmut Carrera Cup : Immense GAILLARD — ", checked, re.M)  # the cited passage
    assert "⚠ phrase 2 : nombre absent" in checked


def test_ask_json_with_an_llm_reports_mode_model_and_unsupported(
    runner: CliRunner, scripted_llm, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PADDOCKQA_LLM_URL", scripted_llm.url)
    monkeypatch.setenv("PADDOCKQA_LLM_MODEL", "cite-well")
    result = runner.invoke(main, ["ask", "--json", "--llm-model", "invented-claim", QUESTION])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert set(answer) == ANSWER_KEYS
    assert answer["mode"] == "generated" and answer["model"] == "invented-claim"  # the flag beats the variable
    assert answer["unsupported"] == [1] and len(answer["sentences"]) == 2
    assert answer["citations"][0]["source"] == "001_99e132d26c260f21.txt"


def test_ask_json_when_the_llm_fails_is_extractive_with_a_notice(runner: CliRunner, scripted_llm) -> None:
    flags = ["--llm-url", scripted_llm.url, "--llm-model", "error-500"]
    result = runner.invoke(main, ["ask", "--json", *flags, QUESTION])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["mode"] == "extractive" and "erreur HTTP 500" in answer["notice"]
    assert "6 pole positions" in answer["answer"]


def test_an_llm_url_without_a_model_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["ask", "--llm-url", "http://127.0.0.1:9/v1", QUESTION])
    assert result.exit_code == 2 and "--llm-model, or PADDOCKQA_LLM_MODEL" in result.output


def test_ask_limited_to_a_document_or_a_period(runner: CliRunner) -> None:
    question = "Combien de pole positions Philippe Gaillard a-t-il signées ?"
    result = runner.invoke(main, ["ask", "--json", "--document", "002_412870b7f298c4b4.txt", question])
    assert result.exit_code == 0, result.output
    assert {c["source"] for c in json.loads(result.stdout)["citations"]} == {"002_412870b7f298c4b4.txt"}
    result = runner.invoke(main, ["ask", "--since", "2008-10-01", "--until", "2008-10-31", question])
    assert result.exit_code == 0 and "001_99e132d26c260f21.txt · 2008-10-15" in result.stdout
    bad = runner.invoke(main, ["ask", "--since", "2009-01-01", "--until", "2008-01-01", question])
    assert bad.exit_code == 1 and "inversez les dates" in bad.output
    # A period no document is dated in is said so, not answered "not found" (the corpus is not silent).
    empty = runner.invoke(main, ["ask", "--since", "2030-01-01", question])
    assert (
        empty.exit_code == 1
        and "Aucun des documents cherchés n’est daté de cette période (2030-01-01 – …)" in empty.output
    )
    named = ["ask", "--document", "002_412870b7f298c4b4.txt", "--since", "2008-10-15", "--until", "2008-10-15"]
    assert "Aucun des documents cherchés" in runner.invoke(main, [*named, question]).output  # 001 is, not 002
    unknown = runner.invoke(main, ["ask", "--document", "absent.txt", question])
    assert unknown.exit_code == 1 and "Aucun document absent.txt" in unknown.output
    # A pronoun with no one before it, about one file: the file is its subject, nothing to notice.
    pronoun = "Combien de courses a-t-il gagnées ?"
    scoped = runner.invoke(main, ["ask", "--json", "--document", "001_99e132d26c260f21.txt", pronoun])
    assert scoped.exit_code == 0 and json.loads(scoped.stdout)["notice"] is None
    alone = runner.invoke(main, ["ask", "--json", pronoun])
    assert alone.exit_code == 0 and "pas encore nommé" in json.loads(alone.stdout)["notice"]


def test_a_question_asking_nothing_gets_what_to_ask_not_a_guess(runner: CliRunner) -> None:
    """ "Et Romain Dumas ?" asked first asks nothing: no search, no citation, what to ask instead."""
    result = runner.invoke(main, ["ask", "--json", "Et Romain Dumas ?"])
    assert result.exit_code == 0, result.output
    reply = json.loads(result.stdout)
    assert not reply["answered"] and reply["citations"] == [] and reply["short_answer"] is None
    assert "Que voulez-vous savoir sur Romain Dumas ?" in reply["answer"] and reply["notice"] is None
    lines = "Quel âge a Philippe Gaillard ?\nEt Romain Dumas ?\n/new\nEt elle ?\n"
    turns = [json.loads(line) for line in runner.invoke(main, ["chat", "--json"], input=lines).stdout.splitlines()]
    # asked again about him, and searched: the corpus gives no age of his (it quoted "douze mois
    # après avoir remporté…" before the answer types knew a delay from an age)
    assert turns[1]["resolved_question"] == "Quel âge a Romain Dumas ?" and turns[1]["citations"]
    assert not turns[1]["answered"] and "aucun âge" in turns[1]["notice"]
    assert turns[2] == {"command": "/new"}
    assert not turns[3]["answered"] and "n’a encore nommé personne" in turns[3]["answer"]


@pytest.mark.slow
def test_bench_measures_a_small_index(runner: CliRunner) -> None:
    result = runner.invoke(main, ["bench", "--chunks", "20", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["chunks"] == 20 and report["sentences"] > 20
    assert report["embed_chunks_per_s"] > 0 and report["plain_encode_chunks_per_s"] > 0
    assert 0 < report["ask_p50_ms"] <= report["ask_p95_ms"] and report["index_mb"] > 0
    assert report["baseline"] is None
    # Every distinct text is embedded once (a sentence drawn twice into one document, once).
    assert report["recycled_texts"] == 0 and 20 < report["model_texts"] <= 20 + report["sentences"]
    assert report["backend"] == "OnnxEmbedder"
    assert report["build_projected_s"] > 0 and report["embed_sentences_per_s"] > 0


@pytest.mark.slow
def test_bench_can_recycle_vectors_past_a_model_budget(runner: CliRunner) -> None:
    result = runner.invoke(main, ["bench", "--chunks", "20", "--model-texts", "30"])
    assert result.exit_code == 0, result.output
    assert "| texts embedded by the model / recycled | 30 / " in result.output
    recycled = int(result.output.split("| texts embedded by the model / recycled | 30 / ")[1].split(" ")[0])
    assert recycled > 20 and "projected" in result.output
    refused = runner.invoke(main, ["bench", "--chunks", "20", "--model-texts", "30", "--baseline"])
    assert refused.exit_code == 1 and "without --model-texts" in refused.output


def test_chat_reads_one_conversation_from_standard_input(runner: CliRunner) -> None:
    """Piped lines are one conversation: the follow-up is understood, /new forgets it."""
    lines = "Quel âge a Philippe Gaillard ?\nEt d'où vient-il ?\n\n/new\nEt d'où vient-il ?\n"
    result = runner.invoke(main, ["chat", "--json"], input=lines)
    assert result.exit_code == 0, result.output
    turns = [json.loads(line) for line in result.stdout.splitlines()]  # stderr may hold model loading bars
    assert len(turns) == 4 and turns.pop(2) == {"command": "/new"}  # one object per line asked, the empty aside
    assert all(set(t) == ANSWER_KEYS for t in turns)
    assert "42 ans" in turns[0]["answer"] and turns[0]["resolved_question"] == turns[0]["question"]
    assert turns[1]["question"] == "Et d'où vient-il ?"
    assert turns[1]["resolved_question"] == "D'où Philippe Gaillard vient-il ?"
    assert turns[1]["citations"][0]["source"] == "001_99e132d26c260f21.txt"
    # Read without the name put in, the reader quotes where he comes from, not the opening line naming him.
    assert "Originaire de Dijon" in turns[1]["answer"]
    assert turns[2]["resolved_question"] == "Et d'où vient-il ?"  # a new conversation: nothing to lean on
    # ... and the answer says so: its pronoun stands for no one (the follow-up had a subject).
    assert turns[2]["notice"] and "pas encore nommé" in turns[2]["notice"]
    assert turns[0]["notice"] is None and turns[1]["notice"] is None


def test_chat_json_gives_every_line_its_object_and_a_mistyped_command_is_not_searched(runner: CliRunner) -> None:
    lines = "x" * 5000 + "\n/nwe\nQuel âge a Philippe Gaillard ?\n/2008\n"
    result = runner.invoke(main, ["chat", "--json"], input=lines)
    turns = [json.loads(line) for line in result.stdout.splitlines()]
    assert [set(t) for t in turns[:2]] == [{"question", "error"}] * 2 and "5000 caractères" in turns[0]["error"]
    assert turns[1]["error"].startswith("Commande inconnue : /nwe.") and "/new" in turns[1]["error"]
    assert "42 ans" in turns[2]["answer"] and result.exit_code == 1
    assert "error" not in turns[3] and turns[3]["question"] == "/2008"  # a year, not a command: searched
    assert "Erreur : Commande inconnue : /nwe." in result.stderr


def test_chat_text_shows_the_understood_question_and_says_errors(runner: CliRunner) -> None:
    lines = "Quel âge a Philippe Gaillard ?\n/nwe\nQuel est son métier ?\n" + "x" * 5000 + "\n/new\n"
    result = runner.invoke(main, ["chat"], input=lines)
    assert "Question comprise : Quel est le métier de Philippe Gaillard ?" in result.output
    assert result.stdout.rstrip().endswith("Nouvelle conversation.")  # the transcript shows the restart
    # piped, each answer is under the line that asked it (a walk could not tell which was
    # which), a mistyped command's line counted (an eighth walk)
    assert result.stdout.startswith("Question 1 : Quel âge a Philippe Gaillard ?\n")
    assert "\nQuestion 3 : Quel est son métier ?\nQuestion comprise : " in result.stdout
    assert "[1] " in result.output  # citations under each answer
    assert "Erreur : La question fait 5000 caractères" in result.output
    assert result.exit_code == 1  # one question failed; the others were answered


def test_ctrl_c_on_a_terminal_stops_one_answer_not_the_conversation(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while the first answer is printed: its stream is closed, the chat goes on, and
    the next question does not lean on the interrupted turn."""
    import click

    from paddockqa.pipeline import Pipeline
    from paddockqa.stream import AnswerStream

    monkeypatch.setattr("paddockqa.cli._on_terminal", lambda: True)
    monkeypatch.setattr("paddockqa.cli._readline_history", lambda path: None)  # the user's history stays theirs
    real, echo = Pipeline.stream, click.echo
    turns_given: list[int] = []
    closed: list[str] = []
    said: list[list[str]] = []

    def words() -> Generator[str, None, Answer]:
        try:
            yield "Philippe "
            yield "Gaillard"
        finally:
            closed.append("closed")  # what stream.close() runs in a generated answer's writer
        raise AssertionError("never read to its end")

    def first_interrupted(self: Pipeline, question: str, **kwargs: object) -> AnswerStream:
        turns_given.append(len(kwargs["turns"]))  # type: ignore[arg-type]
        return AnswerStream(words()) if len(turns_given) == 1 else real(self, question, **kwargs)

    def ctrl_c_on_the_first_words(message: object = None, *args: object, **kwargs: object) -> None:
        if message == "Philippe ":
            raise KeyboardInterrupt  # the user presses Ctrl-C while the answer is being written
        if isinstance(message, str) and "Réponse interrompue" in message:
            said.append(list(closed))  # closed at once, not when the stream is collected
        echo(message, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "stream", first_interrupted)
    monkeypatch.setattr(click, "echo", ctrl_c_on_the_first_words)
    lines = "Quel âge a Philippe Gaillard ?\nQuel âge a Philippe Gaillard ?\nEt d'où vient-il ?\n"
    result = runner.invoke(main, ["chat"], input=lines)
    assert result.exit_code == 0, result.output
    assert said == [["closed"]] and closed == ["closed"] and result.output.count("Réponse interrompue.") == 1
    assert "Ctrl-C interrompt une réponse" in result.output and "42 ans" in result.output
    assert "La conversation continue sans elle (Ctrl-D ou /quit pour la quitter)." in result.output  # what now
    assert turns_given == [0, 0, 1]  # the interrupted turn was not kept; the answered one was


@pytest.mark.slow
def test_ctrl_c_in_a_real_terminal_interrupts_the_answer(corpus_dir: Path, tmp_path: Path) -> None:
    """``paddockqa chat`` in a pseudo-terminal: the terminal's Ctrl-C (SIGINT to the process)
    lands while the first question is answered (the reader loads then: seconds); the chat
    says so, answers the next question and ends with status 0 on /quit."""
    import pty
    import select
    import shutil
    import signal
    import sys

    env = {**os.environ, "PADDOCKQA_CORPUS": str(corpus_dir), "PADDOCKQA_INDEX": str(tmp_path / "index")}
    command = shutil.which("paddockqa", path=str(Path(sys.executable).parent))
    assert command is not None
    pid, fd = pty.fork()
    if pid == 0:  # the child: the chat, its terminal the pseudo-terminal
        # As on a user's terminal: a test run started in the background inherits Ctrl-C ignored
        # (a non-interactive shell's '&'), and Python then keeps it ignored.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.execve(command, ["paddockqa", "chat"], env)
    seen = b""

    def wait_for(token: str, seconds: float) -> bool:
        nonlocal seen
        end = time.monotonic() + seconds
        while token.encode() not in seen and time.monotonic() < end:
            if select.select([fd], [], [], 0.1)[0]:
                try:
                    seen += os.read(fd, 65536)
                except OSError:  # the child ended
                    break
        return token.encode() in seen

    try:
        assert wait_for("› ", 300), seen.decode(errors="replace")[-2000:]  # the index is built first
        os.write(fd, f"{QUESTION}\r".encode())
        time.sleep(0.15)  # the line is read; the answer is being made
        os.write(fd, b"\x03")
        assert wait_for("Réponse interrompue.", 60), seen.decode(errors="replace")[-2000:]
        os.write(fd, "Quel âge a Philippe Gaillard ?\r".encode())
        assert wait_for("42 ans", 60), seen.decode(errors="replace")[-2000:]
        os.write(fd, b"/quit\r")
        wait_for("never printed", 5)
        _, status = os.waitpid(pid, 0)
        pid = 0  # reaped
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        if pid:  # a failed wait: the chat is still running
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(fd)


def test_an_interrupted_command_exits_130_not_an_errors_1(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt  # what Ctrl-C raises in the middle of a build

    monkeypatch.setattr("paddockqa.pipeline.Pipeline.build", interrupted)
    result = runner.invoke(main, ["index"])
    assert result.exit_code == 130 and "Interrupted." in result.stderr and "Aborted!" not in result.output
    assert "The index in use is the one before, whole; run the same command again" in result.stderr  # what now


def test_ask_says_when_the_corpus_is_not_what_the_index_was_built_from(runner: CliRunner, corpus_dir: Path) -> None:
    assert runner.invoke(main, ["index"]).exit_code == 0
    same = runner.invoke(main, ["ask", "--json", QUESTION])
    assert same.exit_code == 0 and "Note:" not in same.stderr
    added = corpus_dir / "nouveau.txt"
    added.write_text("Léa Martin a remporté la course de côte du Mont-Dore.", encoding="utf-8")
    later = time.time_ns() + 5 * 10**9  # past the second the index was made in, whatever this machine's speed
    os.utime(added, ns=(later, later))
    behind = runner.invoke(main, ["ask", "--json", QUESTION])
    assert behind.exit_code == 0 and json.loads(behind.stdout)["answered"]  # answered from the index as it is
    assert "1 file new since it was built" in behind.stderr and "`paddockqa index`" in behind.stderr
    indexed = runner.invoke(main, ["index"])  # the report names the file, not only a count
    assert indexed.exit_code == 0 and "(1 added, 0 updated" in indexed.stdout and "added: nouveau.txt" in indexed.stdout


def test_ask_says_when_the_settings_are_not_what_the_index_was_built_with(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert runner.invoke(main, ["index"]).exit_code == 0
    monkeypatch.setenv("PADDOCKQA_CHUNK_SIZE", "600")
    monkeypatch.setenv("PADDOCKQA_SENTENCE_VECTORS", "late")
    other = runner.invoke(main, ["ask", "--json", QUESTION])
    assert other.exit_code == 0 and json.loads(other.stdout)["answered"]  # answered from the index as it is
    note = other.stderr
    assert "built with chunks of 1000 characters overlapping by 150 and sentence vectors own" in note, note
    assert "ask for chunks of 600 characters overlapping by 150 and sentence vectors late" in note
    assert "`paddockqa index`" in note and "rebuilds it" in note
    assert runner.invoke(main, ["index"]).exit_code == 0
    assert "Note:" not in runner.invoke(main, ["ask", "--json", QUESTION]).stderr  # rebuilt with them


def test_an_empty_corpus_builds_an_empty_index_and_questions_are_told_to_add_texts(
    runner: CliRunner, corpus_dir: Path
) -> None:
    for path in corpus_dir.iterdir():
        path.unlink()  # a new folder; later, every file gone
    first = runner.invoke(main, ["ask", QUESTION])  # no index yet: built, then the answer says what to do, once
    assert first.exit_code == 0 and "aucun document" in first.stdout and "add texts" not in first.stderr
    built = runner.invoke(main, ["index"])
    assert built.exit_code == 0, built.output
    assert "0 documents" in built.stdout and "add texts (.txt" in built.stderr and "Traceback" not in built.output
    asked = runner.invoke(main, ["ask", "--json", QUESTION])
    answer = json.loads(asked.stdout)
    assert asked.exit_code == 0 and not answer["answered"] and "aucun document" in answer["answer"]
    (corpus_dir / "gaillard.txt").write_text("Philippe Gaillard a signé 6 pole positions.", encoding="utf-8")
    assert runner.invoke(main, ["index"]).exit_code == 0
    (corpus_dir / "gaillard.txt").unlink()
    emptied = runner.invoke(main, ["index", "--json"])
    assert emptied.exit_code == 0 and json.loads(emptied.stdout)["removed"] == ["gaillard.txt"]
    assert "aucun document" in json.loads(runner.invoke(main, ["ask", "--json", QUESTION]).stdout)["answer"]


def test_an_index_of_another_late_chunking_map_is_said_to_need_a_rebuild() -> None:
    from paddockqa.cli import _other_settings
    from paddockqa.config import Settings
    from paddockqa.store import FORMAT_VERSION, Manifest

    def built(tag: str) -> Manifest:
        return Manifest(FORMAT_VERSION, Settings().model, 384, 1000, 150, "", (), sentence_vectors=tag)

    late = Settings(sentence_vectors="late")
    assert _other_settings(built("own"), Settings()) is None
    current = _other_settings(built("late"), late)  # pooled uncorrected: this PaddockQA has a map
    assert current is not None and "'late'" in current[0] and "late+" in current[1]
    assert _other_settings(built(f"late+{current[1].split('late+')[1][:12]}"), late) is None
    older = _other_settings(built("late+0123456789ab"), late)
    assert older is not None and "'late+0123456789ab'" in older[0] and "late-chunking map" in older[1]


def test_a_watch_lists_a_skipped_file_once_and_counts_it_in_each_summary(capsys: pytest.CaptureFixture[str]) -> None:
    from paddockqa.cli import _print_report, _skipped
    from paddockqa.domain import BuildReport, Skipped

    def report(*skipped: Skipped) -> BuildReport:
        return BuildReport(3, 15, (), ("a.txt",), (), ("b.txt", "c.txt"), skipped, 2, 0.4)

    first = report(Skipped("vide.txt", "file is empty"))
    _print_report(first)
    later = report(Skipped("vide.txt", "file is empty"), Skipped("x.txt", "binary file"))
    _print_report(later, _skipped(first))  # the next rebuild of `index --watch`
    out, err = capsys.readouterr()
    assert out.count("2 unchanged, 1 skipped;") == 1 and out.count("2 unchanged, 2 skipped;") == 1
    assert err.splitlines() == ["skipped vide.txt: file is empty", "skipped x.txt: binary file"]
    moved = replace(report(), renamed=(("b.txt", "2008/b.txt"),), unchanged=("c.txt",))
    _print_report(moved)  # the summary counts it, the next line says which
    out, _ = capsys.readouterr()
    assert "1 unchanged, 1 renamed;" in out and "renamed b.txt -> 2008/b.txt (nothing embedded again)" in out


def test_a_question_in_english_gets_the_labels_in_english(runner: CliRunner) -> None:
    result = runner.invoke(main, ["ask", "How old is Philippe Gaillard?"])
    assert result.exit_code == 0, result.output
    assert "Short answer: 42 ans [1]" in result.stdout and "(characters " in result.stdout
    assert "Réponse courte" not in result.stdout and "caractères" not in result.stdout
    french = runner.invoke(main, ["ask", "Quel âge a Philippe Gaillard ?"])
    assert "Réponse courte : 42 ans [1]\n\n[1] " in french.stdout  # one blank line before the sources
    assert "Question 1" not in french.stdout  # one question: no need to say which
    both = runner.invoke(main, ["ask", "Quel âge a Philippe Gaillard ?", "How old is Philippe Gaillard?"])
    assert "Question 1 : Quel âge a Philippe Gaillard ?\n" in both.stdout
    assert "\nQuestion 2: How old is Philippe Gaillard?\n" in both.stdout  # each answer under its question
    typed = runner.invoke(main, ["ask", "quel age a philippe gaillard"])  # understood as in the chat
    assert typed.stdout.startswith("Question comprise : Quel âge a Philippe Gaillard\n") and "42 ans" in typed.stdout
