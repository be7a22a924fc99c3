"""`make bench` (python -m benchmarks): mocks vs Prism vs the floor, typed clients vs raw httpx, tool-chain times."""
