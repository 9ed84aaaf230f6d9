"""PaddockQA as an OpenAI-compatible model: the official ``openai`` client over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest
from gradio_client import Client

pytestmark = pytest.mark.slow

AGE = "Quel âge a Philippe Gaillard ?"
GAILLARD = "001_99e132d26c260f21.txt"


def client_for(url: str, key: str = "none") -> openai.OpenAI:
    return openai.OpenAI(base_url=url + "v1", api_key=key, max_retries=0, timeout=120)


@pytest.fixture
def api(app_url: str) -> Iterator[openai.OpenAI]:
    with client_for(app_url) as client:
        yield client


def test_models_lists_paddockqa(api: openai.OpenAI, app_url: str) -> None:
    assert [m.id for m in api.models.list()] == ["paddockqa"]
    assert api.models.retrieve("paddockqa").id == "paddockqa"  # what clients check a model with
    with pytest.raises(openai.NotFoundError, match="use 'paddockqa'"):
        api.models.retrieve("gpt-4o")
    # Other /v1 paths answer in OpenAI's error shape, which clients read, not FastAPI's.
    for method, path in (("GET", "v1/embeddings"), ("POST", "v1/completions"), ("GET", "v1/chat/completions")):
        raw = httpx.request(method, app_url + path, timeout=30)
        assert raw.status_code == 404 and "POST /v1/chat/completions" in raw.json()["error"]["message"]


def test_a_completion_carries_the_answer_its_sources_and_citations(api: openai.OpenAI) -> None:
    completion = api.chat.completions.create(model="paddockqa", messages=[{"role": "user", "content": AGE}])
    text = completion.choices[0].message.content or ""
    assert "42 ans" in text and "[1]" in text
    assert "Sources :" in text and GAILLARD in text
    extra = completion.model_extra or {}
    assert extra["citations"][0]["source"] == GAILLARD
    assert "42 ans" in extra["citations"][0]["quote"]
    assert extra["resolved_question"] == AGE
    assert completion.choices[0].finish_reason == "stop"


def test_a_follow_up_in_messages_is_understood_streamed_or_not(api: openai.OpenAI) -> None:
    first = api.chat.completions.create(model="paddockqa", messages=[{"role": "user", "content": AGE}])
    messages = [
        {"role": "system", "content": "Réponds en français."},
        {"role": "user", "content": AGE},
        {"role": "assistant", "content": first.choices[0].message.content},
        {"role": "user", "content": "Et d'où vient-il ?"},
    ]
    whole = api.chat.completions.create(model="paddockqa", messages=messages)  # type: ignore[arg-type]
    assert (whole.model_extra or {})["resolved_question"] == "D'où Philippe Gaillard vient-il ?"
    assert (whole.model_extra or {})["citations"][0]["source"] == GAILLARD

    chunks = list(api.chat.completions.create(model="paddockqa", messages=messages, stream=True))  # type: ignore[arg-type]
    assert chunks[0].choices[0].delta.role == "assistant"
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert len(chunks) > 3  # sent a few words at a time
    assert streamed == whole.choices[0].message.content
    last = chunks[-1]
    assert last.choices[0].finish_reason == "stop"
    assert (last.model_extra or {})["resolved_question"] == "D'où Philippe Gaillard vient-il ?"
    assert (last.model_extra or {})["citations"] == (whole.model_extra or {})["citations"]
    assert all(c.usage is None for c in chunks)  # no usage chunk unless asked

    # Asked by stream_options (a walk: ignored), the usage comes last, with no choice, as OpenAI sends it.
    counted = list(
        api.chat.completions.create(
            model="paddockqa",
            messages=messages,
            stream=True,
            stream_options={"include_usage": True},  # type: ignore[arg-type]
        )
    )
    assert counted[-1].choices == [] and counted[-1].usage is not None and counted[-1].usage.total_tokens == 0
    assert counted[-2].choices[0].finish_reason == "stop"
    assert "".join(c.choices[0].delta.content or "" for c in counted if c.choices) == streamed


def test_an_english_conversation_gets_our_words_in_english(api: openai.OpenAI) -> None:
    """The quotes stay the corpus's French; the sources' heading, the quote marks and a refusal
    follow the question's language, and an English reply in the history is read back whole."""
    first = api.chat.completions.create(
        model="paddockqa", messages=[{"role": "user", "content": "How old is Philippe Gaillard?"}]
    )
    text = first.choices[0].message.content or ""
    assert "42 ans" in text and "\n\nSources:\n[1] " in text and "“" in text and "Sources :" not in text
    messages = [
        {"role": "user", "content": "How old is Philippe Gaillard?"},
        {"role": "assistant", "content": text},
        {"role": "user", "content": "And Romain Dumas?"},
    ]
    follow = api.chat.completions.create(model="paddockqa", messages=messages)  # type: ignore[arg-type]
    assert (follow.model_extra or {})["resolved_question"] == "How old is Romain Dumas?"
    refused = api.chat.completions.create(
        model="paddockqa", messages=[{"role": "user", "content": "What is the recipe for veal blanquette?"}]
    )
    assert (refused.choices[0].message.content or "").startswith("I did not find the answer")
    assert not (refused.model_extra or {})["answered"]


def test_a_generated_answer_says_why_a_sentence_is_marked(api: openai.OpenAI, pipeline, scripted) -> None:
    """As the CLI and the page do: the ⚠ sentence's reason under the answer, streamed or not."""
    pipeline.chat_model = scripted("invented-claim")
    question = [{"role": "user", "content": "Combien de pole positions Philippe Gaillard a-t-il signées ?"}]
    whole = api.chat.completions.create(model="paddockqa", messages=question)  # type: ignore[arg-type]
    text = whole.choices[0].message.content or ""
    assert "\n⚠ phrase 2 : " in text and text.index("⚠ phrase 2") < text.index("Sources :")
    chunks = api.chat.completions.create(model="paddockqa", messages=question, stream=True)  # type: ignore[arg-type]
    assert "\n⚠ phrase 2 : " in "".join(c.choices[0].delta.content or "" for c in chunks)


def test_bad_requests_get_openai_errors(api: openai.OpenAI, app_url: str) -> None:
    with pytest.raises(openai.NotFoundError, match="use 'paddockqa'"):
        api.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": AGE}])
    with pytest.raises(openai.BadRequestError, match="last message must be the user"):
        api.chat.completions.create(model="paddockqa", messages=[{"role": "assistant", "content": "x"}])
    with pytest.raises(openai.BadRequestError, match="has no text"):
        api.chat.completions.create(model="paddockqa", messages=[{"role": "user", "content": "   "}])
    with pytest.raises(openai.BadRequestError, match="has no text"):  # said before a stream starts
        api.chat.completions.create(model="paddockqa", messages=[{"role": "user", "content": " "}], stream=True)
    # several choices cannot be given (an eighth walk's n=2 got one, unsaid); sampling is ignored
    with pytest.raises(openai.BadRequestError, match="n must be 1"):
        api.chat.completions.create(model="paddockqa", messages=[{"role": "user", "content": AGE}], n=2)
    one = api.chat.completions.create(
        model="paddockqa", messages=[{"role": "user", "content": AGE}], n=1, temperature=0.2, max_tokens=5
    )
    assert "42 ans" in (one.choices[0].message.content or "")
    raw = httpx.post(app_url + "v1/chat/completions", content=b"x" * 2_100_000, timeout=30)
    assert raw.status_code == 413 and "limit is 2,000,000" in raw.json()["error"]["message"]
    raw = httpx.post(app_url + "v1/chat/completions", content=b"{not json", timeout=30)
    assert raw.status_code == 400 and raw.json()["error"]["message"] == "The request body is not JSON."
    raw = httpx.post(
        app_url + "v1/chat/completions", json={"messages": ["texte", {"role": "user", "content": AGE}]}, timeout=30
    )
    assert raw.status_code == 400 and "role and content" in raw.json()["error"]["message"]
    for content in (5, {"a": 1}):  # the question itself not text: 400, not 500
        raw = httpx.post(
            app_url + "v1/chat/completions", json={"messages": [{"role": "user", "content": content}]}, timeout=30
        )
        assert raw.status_code == 400 and raw.json()["error"]["message"].startswith("The last message:")
    # The length said is the question's as sent, and the API's errors are in English whatever
    # the client's language (the question's check is the chat's, which speaks French).
    raw = httpx.post(
        app_url + "v1/chat/completions",
        json={"messages": [{"role": "user", "content": "x" * 10_000}]},
        headers={"Accept-Language": "fr"},
        timeout=30,
    )
    assert raw.status_code == 400 and "The question is 10000 characters long" in raw.json()["error"]["message"]


def test_with_login_the_api_key_is_a_users_password(secured_url: str) -> None:
    with client_for(secured_url) as anonymous, pytest.raises(openai.AuthenticationError, match="user:password"):
        anonymous.chat.completions.create(model="paddockqa", messages=[{"role": "user", "content": AGE}])
    with client_for(secured_url, "lecteur:faux") as wrong, pytest.raises(openai.AuthenticationError):
        wrong.models.list()
    with client_for(secured_url, "lecteur:lire-pw") as reader:
        completion = reader.chat.completions.create(model="paddockqa", messages=[{"role": "user", "content": AGE}])
        assert "42 ans" in (completion.choices[0].message.content or "")


def test_ask_endpoint_takes_a_history(app_url: str) -> None:
    client = Client(app_url, verbose=False, analytics_enabled=False)
    try:
        history = [{"role": "user", "content": AGE}, {"role": "assistant", "content": "42 ans [1]"}]
        result = client.predict("Et d'où vient-il ?", None, "", "", history, api_name="/ask")
        assert result["resolved_question"] == "D'où Philippe Gaillard vient-il ?"
        assert result["citations"][0]["source"] == GAILLARD
        with pytest.raises(Exception, match="history"):
            client.predict("Et d'où vient-il ?", None, "", "", [{"content": "x"}], api_name="/ask")
        with pytest.raises(Exception, match="robot"):  # a walk: accepted and dropped without a word
            client.predict("Et d'où vient-il ?", None, "", "", [{"role": "robot", "content": AGE}], api_name="/ask")
    finally:
        client.close()
