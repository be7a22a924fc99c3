"""The mock's state: named tables of rows, scoped to a tenant, changed inside transactions.

A provider's rules keep every entity in a `Table` (a dict-like view: `get`, `[]`, `in`, `values()`, ...), one row
per entity, and never hold state anywhere else. Two stores implement tables:

- `MemoryStore` (no `--state`): live Python dicts; nothing is copied or encoded, so the in-memory mock costs
  what it did before. One process owns it; a request's transaction is the engine's lock.
- `SqlStore` (`--state FILE` = SQLite, `--state postgresql://...` = PostgreSQL; SQLAlchemy Core): one SQL table
  per table name, one row per entity (`tenant`, `k` = the key as JSON, `body` = the entity as tagged JSON).
  Inside a transaction a row is read when first touched and kept (identity map), so rules mutate objects in
  place; the commit writes exactly the rows whose encoding changed. A write costs what it touches. Concurrency
  control is the database's: SQLite `BEGIN IMMEDIATE` (one writer at a time across processes), PostgreSQL
  `SERIALIZABLE`; a conflict raises `Conflict` and the engine runs the request again.

Schema version and owner are recorded in `coinrails_meta`; opening a foreign, older-format or newer store
raises `StateFileError` with one line naming the store and what to do.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import enum
import importlib
import json
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from coinrails_mock.engine.numbers import JsonNumber

# 1 was one JSON snapshot row (table `snapshot`); 2 a table per entity kind; 3 the shared ledger rows
# (engine/accounts.py balances, engine/keys.py key tables, per-owner wallet indexes); 4 the indexes of records
# (engine/lists.py Timeline marks, per-owner record lists, address and client-id keys); 5 the remaining history
# indexes (Ceffu logs, transfers, exchange, mirror; xCurrency order list) and engine/expiring.py token queues
SCHEMA_VERSION = 5
DEFAULT_TENANT = "default"
SHARED = ""  # the tenant of shared tables (tenants, credentials, settings, the webhook queue)
_MISSING: Any = object()
ANOTHER = "delete it or pass another --state"
BOOKKEEPING = frozenset({"counters", "nonces", "clockwork"})  # not state: ids, nonces, marks of the tick


class StateFileError(Exception):
    """A --state store this mock cannot use; the message is one line naming it and what to do."""

    def __init__(self, path: str | Path, problem: str, remedy: str) -> None:
        super().__init__(f"state file {path}: {problem}; {remedy}")


class Conflict(Exception):
    """Another transaction changed what this one read: run it again."""


# ---- tagged JSON: what rows hold ----------------------------------------------------------------------------
def to_plain(value: Any) -> Any:
    """A JSON-ready form of a row value: Decimal, floats (ratios), tuples, sets, dataclasses and enums tagged."""
    if value is None or (isinstance(value, (str, bool, int)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, float):  # a ratio setting (never an amount): tagged, so reading parses no floats
        return {"$f": repr(value)}
    if isinstance(value, JsonNumber):
        return {"$n": format(value, "f")}
    if isinstance(value, Decimal):
        return {"$d": str(value)}
    if isinstance(value, enum.Enum):
        cls = type(value)
        return {"$e": f"{cls.__module__}:{cls.__qualname__}", "v": value.value}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, tuple):
        return {"$t": [to_plain(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"$s": sorted((to_plain(v) for v in value), key=repr), "f": isinstance(value, frozenset)}
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: to_plain(v) for k, v in value.items()}
        return {"$m": [[to_plain(k), to_plain(v)] for k, v in value.items()]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        fields = {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$c": f"{cls.__module__}:{cls.__qualname__}", "v": fields}
    raise TypeError(f"a {type(value).__name__} cannot be stored")


_CLASSES: dict[str, Any] = {}


def _cls(name: str) -> Any:
    if name not in _CLASSES:
        module, _, qualname = name.partition(":")
        obj: Any = importlib.import_module(module)
        for part in qualname.split("."):
            obj = getattr(obj, part)
        _CLASSES[name] = obj
    return _CLASSES[name]


def _untag(obj: dict[str, Any]) -> Any:
    if len(obj) > 2 or not obj or not next(iter(obj)).startswith("$"):
        return obj
    tag = next(iter(obj))
    if tag == "$d":
        return Decimal(obj["$d"])
    if tag == "$n":
        return JsonNumber(obj["$n"])
    if tag == "$f":
        return float(obj["$f"])
    if tag == "$t":
        return tuple(obj["$t"])
    if tag == "$s":
        return (frozenset if obj.get("f") else set)(obj["$s"])
    if tag == "$m":
        return {(tuple(k) if isinstance(k, list) else k): v for k, v in obj["$m"]}
    if tag == "$e":
        return _cls(obj["$e"])(obj["v"])
    if tag == "$c":
        cls = _cls(obj["$c"])
        row = object.__new__(cls)
        for name, value in obj["v"].items():
            object.__setattr__(row, name, value)
        return row
    return obj


def readable(value: Any) -> Any:
    """A row as a person reads it: records as their fields, amounts as decimal strings, tuples and sets as lists."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: readable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k) if not isinstance(k, str) else k: readable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [readable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((readable(v) for v in value), key=repr)
    return value


def row_fields(value: Any) -> dict[str, Any]:
    """A row as readable fields: a record's own, anything else as `value`."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return readable(value)  # type: ignore[no-any-return]
    return {"value": readable(value)}


def dumps(value: Any) -> str:
    return json.dumps(to_plain(value), separators=(",", ":"), ensure_ascii=False)


def loads(text: str) -> Any:
    return json.loads(text, object_hook=_untag, parse_float=Decimal)


def key_text(key: Any) -> str:
    """A row key (str, int or a tuple of them) as text; `key_of` reverses it."""
    return json.dumps(list(key) if isinstance(key, tuple) else key, separators=(",", ":"), ensure_ascii=False)


def key_of(text: str) -> Any:
    value = json.loads(text)
    return tuple(value) if isinstance(value, list) else value


# ---- the store interface ------------------------------------------------------------------------------------
class Table(ABC):
    """One kind of entity, keyed; scoped to the store's current tenant unless `shared`."""

    def __init__(self, store: Store, name: str, shared: bool) -> None:
        self.store = store
        self.name = name
        self.shared = shared

    @abstractmethod
    def get(self, key: Any, default: Any = None) -> Any: ...

    @abstractmethod
    def __setitem__(self, key: Any, value: Any) -> None: ...

    @abstractmethod
    def __delitem__(self, key: Any) -> None: ...

    @abstractmethod
    def items(self) -> list[tuple[Any, Any]]:
        """Every row of the tenant, oldest first (a scan: for lists, not for lookups)."""

    def __getitem__(self, key: Any) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: Any) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def pop(self, key: Any, default: Any = _MISSING) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            if default is _MISSING:
                raise KeyError(key)
            return default
        del self[key]
        return value

    def setdefault(self, key: Any, default: Any) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            self[key] = value = default
        return value

    def values(self) -> list[Any]:
        return [v for _, v in self.items()]

    def keys(self) -> list[Any]:
        return [k for k, _ in self.items()]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.items())

    def __bool__(self) -> bool:
        return bool(self.items())

    def clear(self) -> None:
        for key in self.keys():
            del self[key]


class Store(ABC):
    persistent: bool
    where: str  # for messages

    def __init__(self) -> None:
        self.tenant = DEFAULT_TENANT
        self.tables: dict[str, Table] = {}

    def table(self, name: str, shared: bool = False) -> Table:
        """The table `name` (created on first use; the same object every time)."""
        if name not in self.tables:
            self.tables[name] = self._table(name, shared)
        return self.tables[name]

    @abstractmethod
    def _table(self, name: str, shared: bool) -> Table: ...

    @abstractmethod
    def transaction(self, tenant: str = DEFAULT_TENANT) -> contextlib.AbstractContextManager[None]:
        """One atomic unit of work on `tenant`'s rows (and the shared tables); raises Conflict to be retried."""

    def next_id(self, name: str = "seq") -> int:
        """The next number of the tenant's counter `name` (1, 2, ...)."""
        counters = self.table("counters")
        value = int(counters.get(name, 0)) + 1
        counters[name] = value
        return value

    @contextlib.contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """A block whose changes are undone when it raises (a SQL transaction is undone whole when it fails)."""
        yield

    @abstractmethod
    def wipe(self, tenant: str) -> None:
        """Delete every row of `tenant` (inside a transaction)."""

    def export(self) -> dict[str, list[Any]]:
        """The current tenant's rows as readable JSON, table by table, each with its `_key` (for /_mock/state and
        tests; O(state)).
        Bookkeeping tables (counters, nonces) are left out: they change with every request."""
        return {
            name: [{"_key": readable(k), **row_fields(v)} for k, v in table.items()]
            for name, table in sorted(self.tables.items())
            if not table.shared and name not in BOOKKEEPING
        }

    def check(self, provider: str) -> None:  # noqa: B027 - nothing to check in memory
        """Refuse a store of another provider, an older format or a newer version (StateFileError)."""

    def close(self) -> None:  # noqa: B027 - nothing to close in memory
        pass


# ---- in memory ------------------------------------------------------------------------------------------------
class MemoryTable(Table):
    store: MemoryStore

    def __init__(self, store: MemoryStore, name: str, shared: bool) -> None:
        super().__init__(store, name, shared)
        self.by_tenant: dict[str, dict[Any, Any]] = {}

    def rows(self) -> dict[Any, Any]:
        tenant = SHARED if self.shared else self.store.tenant
        rows = self.by_tenant.get(tenant)
        if rows is None:
            rows = self.by_tenant[tenant] = {}
        return rows

    def get(self, key: Any, default: Any = None) -> Any:
        return self.rows().get(key, default)

    def __setitem__(self, key: Any, value: Any) -> None:
        self.rows()[key] = value

    def __delitem__(self, key: Any) -> None:
        del self.rows()[key]

    def items(self) -> list[tuple[Any, Any]]:
        return list(self.rows().items())

    def values(self) -> list[Any]:
        return list(self.rows().values())

    def __contains__(self, key: Any) -> bool:
        return key in self.rows()

    def __len__(self) -> int:
        return len(self.rows())


class _MemoryTransaction:
    """The store's lock, with `tenant` current (a class, not a generator: this runs around every request)."""

    __slots__ = ("previous", "store", "tenant")

    def __init__(self, store: MemoryStore, tenant: str) -> None:
        self.store, self.tenant = store, tenant

    def __enter__(self) -> None:
        self.store._lock.acquire()
        self.previous, self.store.tenant = self.store.tenant, self.tenant

    def __exit__(self, *_: object) -> None:
        self.store.tenant = self.previous
        self.store._lock.release()


class MemoryStore(Store):
    """Live dicts in this process. A rule that fails half-way is not undone (rules check before they change)."""

    persistent = False
    where = "memory"

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.RLock()

    def _table(self, name: str, shared: bool) -> Table:
        return MemoryTable(self, name, shared)

    def transaction(self, tenant: str = DEFAULT_TENANT) -> contextlib.AbstractContextManager[None]:
        return _MemoryTransaction(self, tenant)

    @contextlib.contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """Copies the tenant's rows first (O(tenant state): for rare multi-step writes such as batch orders)."""
        tables = [t for t in self.tables.values() if isinstance(t, MemoryTable) and not t.shared]
        saved = [(t, copy.deepcopy(t.by_tenant.get(self.tenant, {}))) for t in tables]
        try:
            yield
        except BaseException:
            for table, rows in saved:
                table.by_tenant[self.tenant] = rows
            raise

    def wipe(self, tenant: str) -> None:
        for table in self.tables.values():
            if not table.shared:
                assert isinstance(table, MemoryTable)
                table.by_tenant.pop(tenant, None)


# ---- SQL (SQLite, PostgreSQL) -----------------------------------------------------------------------------------
class SqlTable(Table):
    store: SqlStore

    def __init__(self, store: SqlStore, name: str, shared: bool) -> None:
        super().__init__(store, name, shared)
        self.sql = store.define(name)

    def _tenant(self) -> str:
        return SHARED if self.shared else self.store.tenant

    def get(self, key: Any, default: Any = None) -> Any:
        entry = self.store.entry(self, key_text(key))
        return default if entry[0] is _MISSING else entry[0]

    def __setitem__(self, key: Any, value: Any) -> None:
        self.store.entry(self, key_text(key))[0] = value

    def __delitem__(self, key: Any) -> None:
        entry = self.store.entry(self, key_text(key))
        if entry[0] is _MISSING:
            raise KeyError(key)
        entry[0] = _MISSING

    def items(self) -> list[tuple[Any, Any]]:
        return self.store.scan(self)


class SqlStore(Store):
    """Tables in SQLite or PostgreSQL through SQLAlchemy Core (see the module text)."""

    persistent = True

    def __init__(self, url: str, where: str) -> None:
        import sqlalchemy as sa
        from sqlalchemy import event

        super().__init__()
        self.sa = sa
        self.where = where
        self.url = url
        self.sqlite = url.startswith("sqlite")
        if self.sqlite:
            self.engine = sa.create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

            @event.listens_for(self.engine, "connect")
            def _connect(dbapi: Any, _: Any) -> None:
                dbapi.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
                dbapi.execute("PRAGMA journal_mode=WAL")
                dbapi.execute("PRAGMA synchronous=NORMAL")

            @event.listens_for(self.engine, "begin")
            def _begin(conn: Any) -> None:
                conn.exec_driver_sql("BEGIN IMMEDIATE")  # one writer at a time, across processes
        else:
            self.engine = sa.create_engine(url, isolation_level="SERIALIZABLE", pool_pre_ping=True)
        self.metadata = sa.MetaData()
        self.meta = sa.Table(
            "coinrails_meta",
            self.metadata,
            sa.Column("key", sa.String(64), primary_key=True),
            sa.Column("value", sa.Text),
        )
        self._lock = threading.RLock()
        self._ready: set[str] = set()
        self._cache: dict[tuple[str, str, str], list[Any]] | None = None  # (table, tenant, key) -> [value, text]
        try:
            self.conn = self.engine.connect()
        except sa.exc.SQLAlchemyError as exc:
            problem = f"cannot open ({type(exc).__name__}: {str(exc).splitlines()[0]})"
            raise StateFileError(where, problem, "check it") from None

    # -- schema
    def define(self, name: str) -> Any:
        sa = self.sa
        table = sa.Table(
            f"cr_{name}",
            self.metadata,
            sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
            sa.Column("tenant", sa.String(64), nullable=False),
            sa.Column("k", sa.Text, nullable=False),
            sa.Column("body", sa.Text, nullable=False),
            sa.UniqueConstraint("tenant", "k"),
        )
        return table

    def _create(self) -> None:
        missing = set(self.metadata.tables) - self._ready
        if missing:
            with self.engine.begin() as conn:
                self.metadata.create_all(conn, checkfirst=True)
            self._ready |= missing

    def _table(self, name: str, shared: bool) -> Table:
        table = SqlTable(self, name, shared)
        if self._cache is not None:  # first used inside a transaction: create it there
            self.metadata.create_all(self.conn, tables=[table.sql], checkfirst=True)
            self._ready.add(table.sql.name)
        return table

    def check(self, provider: str) -> None:
        sa = self.sa
        try:
            names = set(sa.inspect(self.engine).get_table_names())
            if "snapshot" in names:
                raise StateFileError(
                    self.where, "written by an older coinrails-mock (one JSON snapshot)", "delete it and start afresh"
                )
            if names and "coinrails_meta" not in names:
                raise StateFileError(self.where, "not a coinrails-mock state file", "delete it or pass another --state")
            self._create()
            with self.engine.begin() as conn:
                meta = dict(conn.execute(sa.select(self.meta.c.key, self.meta.c.value)).all())
                text = str(meta.get("schema_version", SCHEMA_VERSION))
                if not (text.isascii() and text.isdigit()):
                    raise StateFileError(self.where, f"has an unreadable schema version {text[:20]!r}", ANOTHER)
                version = int(text)
                if version < SCHEMA_VERSION:
                    raise StateFileError(
                        self.where,
                        f"written by an older coinrails-mock (schema {version}; this one reads {SCHEMA_VERSION})",
                        "delete it and start afresh",
                    )
                if version > SCHEMA_VERSION:
                    raise StateFileError(
                        self.where,
                        f"written by a newer coinrails-mock (schema {version}; this one reads {SCHEMA_VERSION})",
                        "upgrade coinrails-mock or pass another --state",
                    )
                owner = meta.get("provider")
                if owner and owner != provider:
                    raise StateFileError(
                        self.where, f"holds the {owner} mock's state, not {provider}'s", f"use {owner}'s own store"
                    )
                if not meta:
                    conn.execute(
                        self.meta.insert(),
                        [
                            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                            {"key": "provider", "value": provider},
                        ],
                    )
        except sa.exc.SQLAlchemyError as exc:
            raise StateFileError(
                self.where,
                f"not a coinrails-mock state file ({type(exc).__name__})",
                "delete it or pass another --state",
            ) from None

    # -- transactions
    @contextlib.contextmanager
    def transaction(self, tenant: str = DEFAULT_TENANT) -> Iterator[None]:
        sa = self.sa
        with self._lock:
            self._create()
            previous, self.tenant = self.tenant, tenant
            self._cache = {}
            try:
                with self.conn.begin():
                    yield
                    self._flush()
            except sa.exc.DBAPIError as exc:
                if self._is_conflict(exc):
                    raise Conflict(str(exc).splitlines()[0]) from exc
                raise
            finally:
                self._cache, self.tenant = None, previous
                if self.conn.closed or self.conn.invalidated:
                    self.conn = self.engine.connect()

    @staticmethod
    def _is_conflict(exc: Any) -> bool:
        code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
        return code in ("40001", "40P01", "23505") or "database is locked" in str(exc.orig)

    def _need(self) -> dict[tuple[str, str, str], list[Any]]:
        if self._cache is None:
            raise RuntimeError("a SqlStore table was used outside a transaction")
        return self._cache

    def entry(self, table: SqlTable, key: str) -> list[Any]:
        cache = self._need()
        tenant = table._tenant()
        entry = cache.get((table.name, tenant, key))
        if entry is None:
            sql = table.sql
            row = self.conn.execute(self.sa.select(sql.c.body).where(sql.c.tenant == tenant, sql.c.k == key)).first()
            entry = cache[(table.name, tenant, key)] = [loads(row[0]), row[0]] if row else [_MISSING, None]
        return entry

    def scan(self, table: SqlTable) -> list[tuple[Any, Any]]:
        cache = self._need()
        sql, tenant = table.sql, table._tenant()
        rows = self.conn.execute(
            self.sa.select(sql.c.k, sql.c.body).where(sql.c.tenant == tenant).order_by(sql.c.id)
        ).all()
        out, seen = [], set()
        for k, body in rows:
            seen.add(k)
            entry = cache.get((table.name, tenant, k))
            if entry is None:
                entry = cache[(table.name, tenant, k)] = [loads(body), body]
            if entry[0] is not _MISSING:
                out.append((key_of(k), entry[0]))
        for (name, t, k), entry in cache.items():  # rows added in this transaction
            if name == table.name and t == tenant and k not in seen and entry[0] is not _MISSING:
                out.append((key_of(k), entry[0]))
        return out

    def _flush(self) -> None:
        """Write the transaction's changed rows: one executemany per table and kind of change, rows in the order
        they were first touched (a table's inserts keep their order: scans read by id)."""
        sa = self.sa
        changes: dict[tuple[str, str], list[dict[str, str]]] = {}
        for (name, tenant, key), (value, stored) in (self._cache or {}).items():
            if value is _MISSING:
                if stored is not None:
                    changes.setdefault(("delete", name), []).append({"t": tenant, "key": key})
                continue
            body = dumps(value)
            if body != stored:
                kind = "insert" if stored is None else "update"
                changes.setdefault((kind, name), []).append({"t": tenant, "key": key, "b": body})
        for (kind, name), rows in changes.items():
            table = self.tables[name]
            assert isinstance(table, SqlTable)
            sql = table.sql
            if kind == "insert":
                statement: Any = sql.insert().values(
                    tenant=sa.bindparam("t"), k=sa.bindparam("key"), body=sa.bindparam("b")
                )
            else:
                which = (sql.c.tenant == sa.bindparam("t"), sql.c.k == sa.bindparam("key"))
                statement = (
                    sql.delete().where(*which)
                    if kind == "delete"
                    else sa.update(sql).where(*which).values(body=sa.bindparam("b"))
                )
            self.conn.execute(statement, rows)

    def wipe(self, tenant: str) -> None:
        self._need()
        for name, table in self.tables.items():
            if not table.shared:
                assert isinstance(table, SqlTable)
                self.conn.execute(table.sql.delete().where(table.sql.c.tenant == tenant))
                for key in [k for k in self._cache or {} if k[0] == name and k[1] == tenant]:
                    self._cache.pop(key)  # type: ignore[union-attr]

    def close(self) -> None:
        with self._lock:
            self.conn.close()
            self.engine.dispose()


def open_store(state: str | Path | None) -> Store:
    """No state: in memory. `postgresql://...`: PostgreSQL (psycopg 3). Anything else: a SQLite file."""
    if not state:
        return MemoryStore()
    text = str(state)
    if text.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        url = "postgresql+psycopg://" + text.split("://", 1)[1]
        return SqlStore(url, text.split("@")[-1])
    path = Path(text)
    if path.exists() and path.is_file():
        with open(path, "rb") as f:
            head = f.read(16)
        if head and not head.startswith(b"SQLite format 3"):
            raise StateFileError(
                path, "not a coinrails-mock state file (not SQLite)", "delete it or pass another --state"
            )
    return SqlStore(f"sqlite:///{path}", str(path))
