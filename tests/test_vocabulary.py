"""One tokenizer vocabulary per file content, shared by the embedder and the reader.

Each check runs in a fresh process: this one holds the session's models, whose tokenizers
would share the vocabulary under test and hide what a load costs.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from paddockqa.model_convert import CONVERTED_FOLDER, ensure_converted

SCRIPT = """
import gc, json, sys
from pathlib import Path
from tokenizers import Tokenizer
from paddockqa import vocabulary
from paddockqa.store import return_freed_memory

def resident():
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))

source, copy, other = (Path(p) for p in sys.argv[1:4])
texts = ["Quel âge a Philippe Gaillard ?", "L'équipe « Sodemo » — 15 octobre 2008 : <mask> " * 20, "x" * 3000]
before = resident()
first = vocabulary.load_tokenizer(source)
loaded = resident()
second = vocabulary.load_tokenizer(copy)  # another export's copy of the file
shared = resident()
first.enable_truncation(16)
first.enable_padding(pad_id=1)
first.pre_tokenizer.prepend_scheme = "never"  # one user's pipeline changed in place
first.add_tokens(["paddock"])
alone = Tokenizer.from_file(str(source))
own = vocabulary.load_tokenizer(other)
third = vocabulary.load_tokenizer(source)
report = {
    "first_mb": loaded - before,
    "second_mb": shared - loaded,
    "alike": all(
        t.encode(x).ids == alone.encode(x).ids and t.encode(x).offsets == alone.encode(x).offsets
        for x in texts
        for t in (second, third)
    ),
    "second_truncation": second.truncation,
    "second_padding": second.padding,
    "first_lengths": [len(e.ids) for e in first.encode_batch(texts)],
    "other_ids": own.encode("paddockqa").ids,
    "source_ids": second.encode("paddockqa").ids,
    "sharers": sorted(vocabulary.live_vocabularies().values()),
}
del alone, own, third
gc.collect()
report["sharers_left"] = sorted(vocabulary.live_vocabularies().values())
del first, second
gc.collect()
report["sharers_at_last"] = sorted(vocabulary.live_vocabularies().values())
print(json.dumps(report))
"""


@pytest.mark.slow
def test_tokenizers_of_one_file_share_its_vocabulary_and_keep_their_own_settings(
    model_home: Path, tmp_path: Path
) -> None:
    from tokenizers import Tokenizer

    source = ensure_converted(model_home / "models" / CONVERTED_FOLDER) / "tokenizer.json"
    copy = tmp_path / "copy" / "tokenizer.json"
    copy.parent.mkdir()
    shutil.copy2(source, copy)
    other = tmp_path / "other.json"
    changed = Tokenizer.from_file(str(source))
    changed.add_tokens(["paddockqa"])
    changed.save(str(other))
    script = tmp_path / "probe.py"
    script.write_text(SCRIPT, encoding="utf-8")

    done = subprocess.run(
        [sys.executable, str(script), str(source), str(copy), str(other)], capture_output=True, text=True, timeout=300
    )

    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["first_mb"] > 150  # XLM-R's 250,002 pieces: about 290 MB measured
    assert report["second_mb"] < 30, "the copy's tokenizer loaded its own vocabulary"
    assert report["alike"], "a shared tokenizer tokenises unlike the file loaded alone (or took another's changes)"
    assert report["second_truncation"] is None and report["second_padding"] is None
    assert report["first_lengths"] == [16, 16, 16]  # its own truncation and padding
    assert len(report["other_ids"]) == 3 and len(report["source_ids"]) > 3  # another content: its own vocabulary
    assert report["sharers"] == [1, 3]  # the other file's own vocabulary; the source's, shared by 3
    assert report["sharers_left"] == [2] and report["sharers_at_last"] == []  # freed with its last user
