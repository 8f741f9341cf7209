"""Calls to the action server reuse one session and its connections (server/patches.py)."""

from __future__ import annotations

import asyncio

from aiohttp import web
from rasa.utils.endpoints import EndpointConfig

import server  # noqa: F401  (applies the patches, as Rasa's start-up does)
from server.patches import kept_session


async def _serve(peers: list) -> tuple[web.AppRunner, str]:
    async def echo(request: web.Request) -> web.Response:
        peers.append(request.transport.get_extra_info("peername"))
        return web.json_response({"got": await request.json(),
                                  "auth": request.headers.get("Authorization"),
                                  "custom": request.headers.get("X-Custom")})

    app = web.Application()
    app.router.add_post("/webhook", echo)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}/webhook"


def test_requests_share_one_connection_and_keep_rasas_settings() -> None:
    async def scenario() -> None:
        peers: list = []
        runner, url = await _serve(peers)
        endpoint = EndpointConfig(url, headers={"X-Custom": "yes"},
                                  basic_auth={"username": "u", "password": "p"})
        try:
            answers = [await endpoint.request(json={"n": n}, method="post") for n in range(5)]
            assert [a["got"] for a in answers] == [{"n": n} for n in range(5)]
            assert answers[0]["custom"] == "yes" and answers[0]["auth"].startswith("Basic ")
            assert len(set(peers)) == 1  # one TCP connection for all five calls
            other = EndpointConfig(url)
            await other.request(json={}, method="post")
            assert len(set(peers)) == 2  # another endpoint has its own pool
        finally:
            async with endpoint.session() as session:
                await session.close()
            async with other.session() as session:
                await session.close()
            await runner.cleanup()

    asyncio.run(scenario())


def test_a_closed_session_is_replaced_and_loops_do_not_share() -> None:
    endpoint = EndpointConfig("http://127.0.0.1:9/webhook")

    async def session_of() -> object:
        async with kept_session(endpoint) as session:
            return session

    async def twice() -> tuple:
        first, again = await session_of(), await session_of()
        await first.close()
        after_close = await session_of()
        is_open = not after_close.closed
        await after_close.close()
        return first, again, after_close, is_open

    async def in_a_new_loop() -> object:
        session = await session_of()
        await session.close()
        return session

    first, again, after_close, is_open = asyncio.run(twice())
    assert first is again and after_close is not first and is_open
    assert asyncio.run(in_a_new_loop()) is not after_close  # a new event loop, a new session


def test_request_bodies_decode_to_what_json_would_send() -> None:
    import json

    import numpy as np

    from server.patches import dumps

    body = {"tracker": {"events": [{"event": "user", "text": "mon œil tremble 👁️ <b>",
                                    "parse_data": {"intent": {"confidence": 0.25}}},
                                   {"event": "slot", "name": "n", "value": [1, 2.5, None, True]}],
                        "slots": {1: "int key", "x": np.float64(0.5)}},
            "version": "3.6.21"}
    plain = {**body, "tracker": {**body["tracker"], "slots": {"1": "int key", "x": 0.5}}}
    assert json.loads(dumps(body)) == json.loads(json.dumps(plain))

    class Custom:  # orjson refuses it; json's own error is kept
        pass

    try:
        dumps({"x": Custom()})
    except TypeError as e:
        assert "Custom" in str(e)
    else:
        raise AssertionError("an unserialisable body must fail as with json.dumps")
