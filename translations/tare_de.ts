<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>TrecEval</name>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="126"/>
        <location filename="../core/metrics/treceval.cpp" line="130"/>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="192"/>
        <source>expected 4 fields (query, iteration, document, grade), found %1</source>
        <translation>4 Felder erwartet (Anfrage, Iteration, Dokument, Grad), %1 gefunden</translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="195"/>
        <source>grade &apos;%1&apos; is not an integer</source>
        <translation>Grad &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="226"/>
        <source>document &apos;%1&apos; is judged twice for query &apos;%2&apos;</source>
        <translation>Dokument &apos;%1&apos; ist für Anfrage &apos;%2&apos; doppelt beurteilt</translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="249"/>
        <source>expected 6 fields (query, Q0, document, rank, score, run tag), found %1</source>
        <translation>6 Felder erwartet (Anfrage, Q0, Dokument, Rang, Score, Lauf-Kennung), %1 gefunden</translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="253"/>
        <source>score &apos;%1&apos; is not a number</source>
        <translation>Score &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="282"/>
        <source>document &apos;%1&apos; is retrieved twice for query &apos;%2&apos;</source>
        <translation>Dokument &apos;%1&apos; wird für Anfrage &apos;%2&apos; doppelt gefunden</translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="308"/>
        <source>query &apos;%1&apos; of %2 has no results in the run (trec_eval stops here too unless -c counts it as zero)</source>
        <translation>Anfrage &apos;%1&apos; von %2 hat keine Ergebnisse im Lauf (auch trec_eval bricht hier ab, sofern -c sie nicht als null zählt)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="25"/>
        <source>Tare workbench</source>
        <translation>Tare-Werkbank</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>User interface language (%1).</source>
        <translation>Sprache der Benutzeroberfläche (%1).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>Save a PNG of every page (FILE-&lt;page&gt;.png) and of the window (FILE) once the default run finished and the first query is shown, then quit.</source>
        <translation>Speichert ein PNG jeder Seite (FILE-&lt;Seite&gt;.png) und des Fensters (FILE), sobald der Standardlauf fertig ist und die erste Anfrage angezeigt wird, und beendet dann.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Start the dashboard&apos;s run once the project is open (with --screenshot: run even when the project shows a run already).</source>
        <translation>Startet den Lauf des Dashboards, sobald das Projekt offen ist (mit --screenshot: auch dann, wenn das Projekt schon einen Lauf zeigt).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>A .tare project file (default: the sample project).</source>
        <translation>Eine .tare-Projektdatei (Standard: das Beispielprojekt).</translation>
    </message>
</context>
<context>
    <name>tare-cli</name>
    <message>
        <location filename="../cli/clisupport.cpp" line="143"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="147"/>
        <source>Try &apos;tare-cli %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;tare-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="153"/>
        <source>
Exit codes: 0 ok, 1 usage error, 2 input error, 3 I/O error, 4 cancelled, 5 internal error.
</source>
        <translation>
Exit-Codes: 0 ok, 1 Aufruffehler, 2 Eingabefehler, 3 E/A-Fehler, 4 abgebrochen, 5 interner Fehler.
</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="229"/>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>Fortschritt auf stderr anzeigen, auch wenn es kein Terminal ist.</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="230"/>
        <source>Never show progress.</source>
        <translation>Nie Fortschritt anzeigen.</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="25"/>
        <source>usage: tare-cli COMMAND [options]

Commands:
  import beir|classification|qrels|vectors INPUT --project FILE   import data
  info PROJECT                                                     what a project holds
  embed PROJECT --space lsa [--dim 256]                            build an embedding space
  embed PROJECT --space openai --endpoint URL --model M            ... through an embeddings endpoint
  run PROJECT --space S --judge J --refiner R                      refine every query, report MAP
  experiment PROJECT KIND [--json]                                 KIND: noise-sweep, budget-sweep, methods, judge-quality
  judge PROJECT --space S --judge J --endpoint URL --model M       fetch a run&apos;s judgments ahead of refining
  hyde PROJECT --space S --endpoint URL --model M                  HyDE query vectors into space S-hyde
  probe URL [--model M] [--api-key-env VAR]                        what an HTTP endpoint can serve
  key set|delete|check NAME                                        API keys in the system keychain
  export qrels|vectors|run PROJECT --out PATH                      export data or a run
  report PROJECT [--run ID|--experiment ID] --out FILE             report: --format html|md|csv
  demo                                                             run on the bundled sample data

&apos;tare-cli COMMAND --help&apos; explains a command.
Exit codes: 0 ok, 1 usage error, 2 input error, 3 I/O error, 4 cancelled, 5 internal error.
</source>
        <translation>Aufruf: tare-cli BEFEHL [Optionen]

Befehle:
  import beir|classification|qrels|vectors EINGABE --project DATEI   Daten importieren
  info PROJEKT                                                       was ein Projekt enthält
  embed PROJEKT --space lsa [--dim 256]                              einen Einbettungsraum erstellen
  embed PROJEKT --space openai --endpoint URL --model M              ... über einen Embeddings-Endpunkt
  run PROJEKT --space S --judge J --refiner R                        jede Anfrage verfeinern, MAP ausgeben
  experiment PROJEKT ART [--json]                                    ART: noise-sweep, budget-sweep, methods, judge-quality
  judge PROJEKT --space S --judge J --endpoint URL --model M         die Urteile eines Laufs vor dem Verfeinern abrufen
  hyde PROJEKT --space S --endpoint URL --model M                    HyDE-Anfragevektoren in den Raum S-hyde
  probe URL [--model M] [--api-key-env VAR]                          was ein HTTP-Endpunkt bereitstellen kann
  key set|delete|check NAME                                          API-Schlüssel im Systemschlüsselbund
  export qrels|vectors|run PROJEKT --out PFAD                        Daten oder einen Lauf exportieren
  report PROJEKT [--run ID|--experiment ID] --out DATEI              Bericht: --format html|md|csv
  demo                                                               mit den mitgelieferten Beispieldaten laufen

&apos;tare-cli BEFEHL --help&apos; erklärt einen Befehl.
Exit-Codes: 0 ok, 1 Aufruffehler, 2 Eingabefehler, 3 E/A-Fehler, 4 abgebrochen, 5 interner Fehler.
</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="96"/>
        <source>tare-cli: unknown command &apos;%1&apos;</source>
        <translation>tare-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>tare::ApiKey</name>
    <message>
        <location filename="../core/net/apikey.cpp" line="28"/>
        <source>the API key variable must be the name of an environment variable (letters, digits and _), not the key itself</source>
        <translation>die API-Schlüssel-Variable muss der Name einer Umgebungsvariablen sein (Buchstaben, Ziffern und _), nicht der Schlüssel selbst</translation>
    </message>
    <message>
        <location filename="../core/net/apikey.cpp" line="81"/>
        <source>the environment variable %1 that should hold the API key is not set</source>
        <translation>die Umgebungsvariable %1, die den API-Schlüssel enthalten soll, ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../core/net/apikey.cpp" line="89"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
</context>
<context>
    <name>tare::BeirImporter</name>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="43"/>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="49"/>
        <source>%1: missing (a BEIR folder holds corpus.jsonl, queries.jsonl and qrels/&lt;split&gt;.tsv)</source>
        <translation>%1: fehlt (ein BEIR-Ordner enthält corpus.jsonl, queries.jsonl und qrels/&lt;split&gt;.tsv)</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="85"/>
        <source>import cancelled; nothing was added</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="90"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="99"/>
        <source>duplicate document id &apos;%1&apos;</source>
        <translation>doppelte Dokument-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="108"/>
        <source>duplicate query id &apos;%1&apos;</source>
        <translation>doppelte Anfrage-ID &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>tare::CapabilityProbe</name>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="82"/>
        <source>max_tokens is rejected (%1); max_completion_tokens works</source>
        <translation>max_tokens wird abgelehnt (%1); max_completion_tokens funktioniert</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="83"/>
        <source>max_tokens is rejected and max_completion_tokens fails too</source>
        <translation>max_tokens wird abgelehnt, und max_completion_tokens schlägt ebenfalls fehl</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="85"/>
        <source>max_tokens is accepted</source>
        <translation>max_tokens wird akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="90"/>
        <location filename="../core/net/capabilityprobe.cpp" line="91"/>
        <location filename="../core/net/capabilityprobe.cpp" line="99"/>
        <source>chat completions failed</source>
        <translation>Chat Completions fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="98"/>
        <location filename="../core/net/capabilityprobe.cpp" line="199"/>
        <location filename="../core/net/capabilityprobe.cpp" line="210"/>
        <source>malformed reply: %1</source>
        <translation>fehlerhafte Antwort: %1</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="102"/>
        <source>replied &apos;%1&apos;</source>
        <translation>antwortete &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="106"/>
        <source>the reply carries no logprobs although they were asked for; llm-yesno would fall back to reading the text (degraded)</source>
        <translation>die Antwort enthält keine logprobs, obwohl sie angefordert wurden; llm-yesno würde ersatzweise den Text lesen (eingeschränkt)</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="109"/>
        <source>the reply carries the chosen token&apos;s logprob only, no top_logprobs alternatives</source>
        <translation>die Antwort enthält nur die logprob des gewählten Tokens, keine top_logprobs-Alternativen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/capabilityprobe.cpp" line="112"/>
        <source>%n alternative(s) for the first token</source>
        <translation>
            <numerusform>%n Alternative für das erste Token</numerusform>
            <numerusform>%n Alternativen für das erste Token</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="150"/>
        <source>the probe needs an http:// or https:// endpoint URL</source>
        <translation>die Prüfung braucht eine Endpunkt-URL mit http:// oder https://</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="168"/>
        <source>no model given</source>
        <translation>kein Modell angegeben</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="197"/>
        <source>dimension %1</source>
        <translation>Dimension %1</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="214"/>
        <source>the server answers in the Cohere shape</source>
        <translation>der Server antwortet im Cohere-Format</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="214"/>
        <source>the server answers in the TEI shape</source>
        <translation>der Server antwortet im TEI-Format</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/capabilityprobe.cpp" line="215"/>
        <source>scores for %n document(s)</source>
        <translation>
            <numerusform>Scores für %n Dokument</numerusform>
            <numerusform>Scores für %n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="224"/>
        <source>Endpoint %1 (no model given)
</source>
        <translation>Endpunkt %1 (kein Modell angegeben)
</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="225"/>
        <source>Endpoint %1, model %2
</source>
        <translation>Endpunkt %1, Modell %2
</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="229"/>
        <source>chat completions</source>
        <translation>Chat Completions</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="230"/>
        <source>logprobs</source>
        <translation>logprobs</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="231"/>
        <source>wants max_completion_tokens</source>
        <translation>verlangt max_completion_tokens</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="232"/>
        <source>embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="233"/>
        <source>rerank (TEI shape)</source>
        <translation>Rerank (TEI-Format)</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="234"/>
        <source>rerank (Cohere shape)</source>
        <translation>Rerank (Cohere-Format)</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="236"/>
        <source>Judge modes: %1
</source>
        <translation>Bewerter-Modi: %1
</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="236"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="237"/>
        <source>Embedding spaces: --space openai (dimension %1)
</source>
        <translation>Einbettungsräume: --space openai (Dimension %1)
</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="238"/>
        <source>Embedding spaces: none
</source>
        <translation>Einbettungsräume: keine
</translation>
    </message>
</context>
<context>
    <name>tare::ChartView</name>
    <message>
        <location filename="../widgets/chartview.cpp" line="19"/>
        <source>Right-click to export the chart as PNG, SVG or PDF</source>
        <translation>Rechtsklick, um das Diagramm als PNG, SVG oder PDF zu exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="61"/>
        <source>Cannot write %1</source>
        <translation>Kann %1 nicht schreiben</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="68"/>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="69"/>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="70"/>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="76"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="76"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="76"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="77"/>
        <location filename="../widgets/chartview.cpp" line="84"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>tare::ClassificationImporter</name>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="42"/>
        <source>import cancelled; nothing was added</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="77"/>
        <location filename="../core/io/classificationimporter.cpp" line="83"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="96"/>
        <source>no column named &apos;%1&apos; in the header</source>
        <translation>keine Spalte namens &apos;%1&apos; in der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="99"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="104"/>
        <source>invalid UTF-8 in column &apos;%1&apos; at byte %2</source>
        <translation>ungültiges UTF-8 in Spalte &apos;%1&apos; bei Byte %2</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="128"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="162"/>
        <source>empty label</source>
        <translation>leeres Label</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="171"/>
        <source>duplicate document id &apos;%1&apos;</source>
        <translation>doppelte Dokument-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="190"/>
        <source>no usable rows</source>
        <translation>keine verwendbaren Zeilen</translation>
    </message>
</context>
<context>
    <name>tare::CompareWidget</name>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="68"/>
        <source>AP per query</source>
        <translation>AP je Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="69"/>
        <source>ΔAP per query, sorted</source>
        <translation>ΔAP je Anfrage, sortiert</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="71"/>
        <source>System A: a run (its AP after refinement), or with B = baseline its AP before.</source>
        <translation>System A: ein Lauf (seine AP nach der Verfeinerung), oder mit B = Ausgangslage seine AP davor.</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="72"/>
        <source>System B: another run, or the baseline: run A before refinement.</source>
        <translation>System B: ein anderer Lauf, oder die Ausgangslage: Lauf A vor der Verfeinerung.</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="80"/>
        <source>Paired over the queries both systems finished. Δ = B − A. Wins: B better; ties: equal AP. t-test and randomization test: two-sided p of no mean difference. CI: 95% bootstrap interval of the mean Δ.</source>
        <translation>Gepaart über die Anfragen, die beide Systeme abgeschlossen haben. Δ = B − A. Gewinne: B besser; Gleichstände: gleiche AP. t-Test und Randomisierungstest: zweiseitiges p für keinen mittleren Unterschied. KI: 95-%-Bootstrap-Intervall des mittleren Δ.</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="85"/>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="87"/>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="107"/>
        <source>Open a project with finished runs to compare them.</source>
        <translation>Öffnen Sie ein Projekt mit abgeschlossenen Läufen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="130"/>
        <source>Cannot list the runs: %1</source>
        <translation>Die Läufe können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="145"/>
        <source>Baseline: run A before refinement</source>
        <translation>Ausgangslage: Lauf A vor der Verfeinerung</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="155"/>
        <source>This project has no run with results yet.</source>
        <translation>Dieses Projekt hat noch keinen Lauf mit Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="170"/>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="187"/>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/comparewidget.cpp" line="213"/>
        <source>A: %1
B: %2
%n query(s) finished by both</source>
        <translation>
            <numerusform>A: %1
B: %2
%n Anfrage von beiden abgeschlossen</numerusform>
            <numerusform>A: %1
B: %2
%n Anfragen von beiden abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="215"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;td&gt;MAP A → B&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1 → %2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;mean Δ (95% CI)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 (%4 … %5)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;wins / ties / losses&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6 / %7 / %8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;paired t-test p&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;randomization p&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;td&gt;MAP A → B&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1 → %2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;mittleres Δ (95-%-KI)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 (%4 … %5)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Gewinne / Gleichstände / Verluste&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6 / %7 / %8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;gepaarter t-Test p&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Randomisierungstest p&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="230"/>
        <source>AP of A</source>
        <translation>AP von A</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="232"/>
        <source>AP of B</source>
        <translation>AP von B</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="246"/>
        <source>Equal AP</source>
        <translation>Gleiche AP</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="261"/>
        <source>B better (%1)</source>
        <translation>B besser (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="261"/>
        <source>Tie (%1)</source>
        <translation>Gleichstand (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="261"/>
        <source>B worse (%1)</source>
        <translation>B schlechter (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="282"/>
        <source>B better</source>
        <translation>B besser</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="283"/>
        <source>B worse</source>
        <translation>B schlechter</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="305"/>
        <source>Queries sorted by ΔAP (up to %1 per bar)</source>
        <translation>Anfragen nach ΔAP sortiert (bis zu %1 je Balken)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="306"/>
        <source>Queries sorted by ΔAP</source>
        <translation>Anfragen nach ΔAP sortiert</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="309"/>
        <source>ΔAP (B − A)</source>
        <translation>ΔAP (B − A)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="328"/>
        <source>%1 … %2 (%3 queries)</source>
        <translation>%1 … %2 (%3 Anfragen)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="329"/>
        <source>%1: ΔAP %2</source>
        <translation>%1: ΔAP %2</translation>
    </message>
</context>
<context>
    <name>tare::CorpusBrowserWidget</name>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="54"/>
        <source>Filter documents: words in the title or text (prefixes match)</source>
        <translation>Dokumente filtern: Wörter in Titel oder Text (Wortanfänge genügen)</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="71"/>
        <source>Select a query to see each document&apos;s rank, score and judgment for it.</source>
        <translation>Wählen Sie eine Anfrage, um Rang, Wert und Bewertung jedes Dokuments dafür zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="78"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="108"/>
        <source>No dataset open.</source>
        <translation>Kein Datensatz geöffnet.</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="118"/>
        <source>Preparing the search index…</source>
        <translation>Suchindex wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="138"/>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="146"/>
        <source>Cannot open the corpus: %1</source>
        <translation>Der Korpus kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="153"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/corpusbrowserwidget.cpp" line="159"/>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="245"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="205"/>
        <source>No ranks for this query: %1</source>
        <translation>Keine Ränge für diese Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="244"/>
        <source>The filter could not be applied.</source>
        <translation>Der Filter konnte nicht angewendet werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/corpusbrowserwidget.cpp" line="246"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="259"/>
        <source>%1

%2

Labels: %3</source>
        <translation>%1

%2

Labels: %3</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="261"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>tare::CorpusIndex</name>
    <message>
        <location filename="../core/run/corpusindex.cpp" line="18"/>
        <source>no dataset with id %1</source>
        <translation>kein Datensatz mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::CorpusModel</name>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="130"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="133"/>
        <source>you: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="162"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="164"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="166"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="168"/>
        <source>Judgment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="170"/>
        <source>Rank before</source>
        <translation>Rang vorher</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="172"/>
        <source>Score before</source>
        <translation>Wert vorher</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="174"/>
        <source>Rank after</source>
        <translation>Rang nachher</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="176"/>
        <source>Score after</source>
        <translation>Wert nachher</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="184"/>
        <source>Every query this document is labelled for, with its gold grade.</source>
        <translation>Jede Anfrage, für die dieses Dokument gelabelt ist, mit seiner Gold-Relevanzstufe.</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="186"/>
        <source>For the selected query: the run&apos;s judge score, and your label if you gave one.</source>
        <translation>Für die gewählte Anfrage: der Wert des Bewerters des Laufs und Ihr Label, falls Sie eines vergeben haben.</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="189"/>
        <source>Cosine similarity with the selected query before or after refinement.</source>
        <translation>Kosinus-Ähnlichkeit mit der gewählten Anfrage vor oder nach der Verfeinerung.</translation>
    </message>
</context>
<context>
    <name>tare::CsvReader</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="58"/>
        <source>unexpected character after a closing quote</source>
        <translation>unerwartetes Zeichen nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="73"/>
        <source>a quoted field opened on this line is never closed</source>
        <translation>ein in dieser Zeile geöffnetes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>tare::EndpointPresets</name>
    <message>
        <location filename="../core/net/endpointpresets.cpp" line="51"/>
        <source>unknown endpoint preset &apos;%1&apos; (%2)</source>
        <translation>unbekannte Endpunkt-Vorlage &apos;%1&apos; (%2)</translation>
    </message>
</context>
<context>
    <name>tare::ExperimentListModel</name>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="33"/>
        <source>Noise sweep</source>
        <translation>Rausch-Sweep</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="35"/>
        <source>Budget sweep</source>
        <translation>Budget-Sweep</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="37"/>
        <source>Method comparison</source>
        <translation>Methodenvergleich</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="39"/>
        <source>Judge quality</source>
        <translation>Bewerterqualität</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="92"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="94"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="96"/>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="98"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="102"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>tare::ExperimentReport</name>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="84"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="85"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="86"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="87"/>
        <source>Embedding space</source>
        <translation>Einbettungsraum</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="88"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="89"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="110"/>
        <source>ΔMAP by feedback noise (%1; MAP before %2, %3 queries)</source>
        <translation>ΔMAP nach Feedback-Rauschen (%1; MAP vorher %2, %3 Anfragen)</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <location filename="../core/report/experimentreport.cpp" line="166"/>
        <source>MAP after</source>
        <translation>MAP nachher</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <location filename="../core/report/experimentreport.cpp" line="193"/>
        <source>mean ΔMAP</source>
        <translation>mittleres ΔMAP</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <source>min ΔMAP</source>
        <translation>min. ΔMAP</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <source>max ΔMAP</source>
        <translation>max. ΔMAP</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="113"/>
        <source>sd across seeds</source>
        <translation>SA über Startwerte</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="114"/>
        <source>95 % CI low</source>
        <translation>95-%-KI unten</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="114"/>
        <source>95 % CI high</source>
        <translation>95-%-KI oben</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="114"/>
        <source>seeds</source>
        <translation>Startwerte</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="124"/>
        <source>MAP by judging budget</source>
        <translation>MAP nach Bewertungsbudget</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <location filename="../core/report/experimentreport.cpp" line="157"/>
        <source>judged</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <source>from top</source>
        <translation>von oben</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <source>top share</source>
        <translation>Anteil von oben</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <source>lr</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="125"/>
        <location filename="../core/report/experimentreport.cpp" line="166"/>
        <source>MAP before</source>
        <translation>MAP vorher</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="126"/>
        <location filename="../core/report/experimentreport.cpp" line="166"/>
        <source>ΔMAP</source>
        <translation>ΔMAP</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="126"/>
        <source>judged per query</source>
        <translation>bewertet je Anfrage</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="126"/>
        <source>judge calls</source>
        <translation>Bewerteraufrufe</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="126"/>
        <location filename="../core/report/experimentreport.cpp" line="141"/>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="137"/>
        <source>Methods on the same judgments (judge %1, %2 queries), against &quot;none&quot;</source>
        <translation>Methoden auf denselben Urteilen (Bewerter %1, %2 Anfragen), gegenüber &quot;none&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <location filename="../core/report/experimentreport.cpp" line="242"/>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <source>space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <location filename="../core/report/experimentreport.cpp" line="244"/>
        <location filename="../core/report/experimentreport.cpp" line="245"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <source>ΔMAP vs none</source>
        <translation>ΔMAP ggü. none</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <source>95 % CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="140"/>
        <source>t-test p</source>
        <translation>t-Test p</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="141"/>
        <source>randomization p</source>
        <translation>Randomisierungstest p</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="141"/>
        <source>wins / ties / losses</source>
        <translation>Gewinne / Gleichstände / Verluste</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="154"/>
        <source>Judge quality vs gain (run %1)</source>
        <translation>Bewerterqualität gegen Gewinn (Lauf %1)</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="155"/>
        <source>queries with an AUC</source>
        <translation>Anfragen mit einer AUC</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="155"/>
        <source>slope</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="155"/>
        <source>intercept</source>
        <translation>Achsenabschnitt</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="155"/>
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="155"/>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="157"/>
        <source>Per query</source>
        <translation>Je Anfrage</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="157"/>
        <location filename="../core/report/experimentreport.cpp" line="260"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="157"/>
        <source>judge AUC vs gold</source>
        <translation>Bewerter-AUC ggü. Gold</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="157"/>
        <location filename="../core/report/experimentreport.cpp" line="259"/>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="164"/>
        <source>Runs of the experiment</source>
        <translation>Läufe des Experiments</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>refiner</source>
        <translation>Verfeinerer</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="165"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="189"/>
        <source>ΔMAP vs feedback noise</source>
        <translation>ΔMAP gegen Feedback-Rauschen</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="190"/>
        <source>judge noise σ</source>
        <translation>Bewerterrauschen σ</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="190"/>
        <source>judge label flip rate</source>
        <translation>Vertauschungsrate der Bewerter-Labels</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="191"/>
        <source>ΔMAP (after − before)</source>
        <translation>ΔMAP (nachher − vorher)</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="192"/>
        <source>min–max over seeds</source>
        <translation>Min.–Max. über Startwerte</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="207"/>
        <source>MAP vs judge calls</source>
        <translation>MAP gegen Bewerteraufrufe</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="208"/>
        <source>documents judged per query (judge calls)</source>
        <translation>bewertete Dokumente je Anfrage (Bewerteraufrufe)</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="209"/>
        <source>MAP after refinement</source>
        <translation>MAP nach der Verfeinerung</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="222"/>
        <source>%1 % from the top</source>
        <translation>%1 % von oben</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="241"/>
        <source>MAP per method</source>
        <translation>MAP je Methode</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="257"/>
        <source>ΔAP vs judge quality (Pearson r = %1)</source>
        <translation>ΔAP gegen Bewerterqualität (Pearson r = %1)</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="258"/>
        <source>judge AUC against gold over the judged documents</source>
        <translation>Bewerter-AUC gegen Gold über die bewerteten Dokumente</translation>
    </message>
    <message>
        <location filename="../core/report/experimentreport.cpp" line="262"/>
        <source>least-squares fit</source>
        <translation>Kleinste-Quadrate-Anpassung</translation>
    </message>
</context>
<context>
    <name>tare::ExperimentRunner</name>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="39"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="45"/>
        <source>no dataset with id %1</source>
        <translation>kein Datensatz mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="49"/>
        <source>no embedding space with id %1 in dataset &apos;%2&apos;</source>
        <translation>kein Einbettungsraum mit ID %1 in Datensatz &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="60"/>
        <source>the noise of a sweep is flip or sigma, not &apos;%1&apos;</source>
        <translation>das Rauschen eines Sweeps ist flip oder sigma, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="62"/>
        <source>a noise sweep needs at least one rate</source>
        <translation>ein Rausch-Sweep braucht mindestens eine Rate</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="65"/>
        <source>noise rate %1 is out of range</source>
        <translation>Rauschrate %1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="70"/>
        <source>a budget sweep needs judged totals and from-top shares</source>
        <translation>ein Budget-Sweep braucht Gesamtzahlen bewerteter Dokumente und Anteile von oben</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="73"/>
        <source>judged totals must be at least 1</source>
        <translation>die Gesamtzahlen bewerteter Dokumente müssen mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="77"/>
        <source>from-top shares must lie in [0, 1]</source>
        <translation>die Anteile von oben müssen in [0, 1] liegen</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="170"/>
        <source>experiment %1 (%2): %3</source>
        <translation>Experiment %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="236"/>
        <source>no experiment with id %1</source>
        <translation>kein Experiment mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::ExperimentWidget</name>
    <message numerus="yes">
        <location filename="../widgets/experimentwidget.cpp" line="94"/>
        <source>%1 (%n query(s))</source>
        <translation>
            <numerusform>%1 (%n Anfrage)</numerusform>
            <numerusform>%1 (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="171"/>
        <source>&amp;Run Experiment</source>
        <translation>Experiment &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="172"/>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="180"/>
        <source>ΔMAP against feedback noise</source>
        <translation>ΔMAP gegen Feedback-Rauschen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="184"/>
        <source>MAP against judge calls</source>
        <translation>MAP gegen Bewerteraufrufe</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="187"/>
        <source>ΔMAP against no refinement, with 95% CI</source>
        <translation>ΔMAP gegen keine Verfeinerung, mit 95-%-KI</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="188"/>
        <source>Judge quality against gain, per query</source>
        <translation>Bewerterqualität gegen Gewinn, je Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="190"/>
        <source>Budget: judged documents × share from the top</source>
        <translation>Budget: bewertete Dokumente × Anteil von oben</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="194"/>
        <source>New experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="196"/>
        <source>Stored experiments</source>
        <translation>Gespeicherte Experimente</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="205"/>
        <source>Click an experiment to show its result again.</source>
        <translation>Klicken Sie auf ein Experiment, um sein Ergebnis erneut anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="219"/>
        <source>Run an experiment, or click a stored one, to see its result here.</source>
        <translation>Führen Sie ein Experiment aus oder klicken Sie auf ein gespeichertes, um hier sein Ergebnis zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="234"/>
        <source>Band:</source>
        <translation>Band:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="235"/>
        <location filename="../widgets/experimentwidget.cpp" line="729"/>
        <source>Min–max over seeds</source>
        <translation>Min.–Max. über Startwerte</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="236"/>
        <location filename="../widgets/experimentwidget.cpp" line="729"/>
        <source>95% CI over queries</source>
        <translation>95-%-KI über Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="237"/>
        <source>The shaded band: the range of ΔMAP over the judge seeds at each level, or the bootstrap 95% confidence interval over queries of the seed-averaged ΔAP.</source>
        <translation>Das schattierte Band: die Spanne von ΔMAP über die Startwerte des Bewerters je Stufe oder das Bootstrap-95-%-Konfidenzintervall des über die Startwerte gemittelten ΔAP über die Anfragen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="250"/>
        <source>Heat map shows:</source>
        <translation>Heatmap zeigt:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="251"/>
        <location filename="../widgets/experimentwidget.cpp" line="768"/>
        <source>MAP after refinement</source>
        <translation>MAP nach der Verfeinerung</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="252"/>
        <location filename="../widgets/experimentwidget.cpp" line="682"/>
        <source>ΔMAP (after − before)</source>
        <translation>ΔMAP (nachher − vorher)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="254"/>
        <source>at</source>
        <translation>bei</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="255"/>
        <source>The Adam steps and learning rate of the cells shown.</source>
        <translation>Die Adam-Schritte und die Lernrate der gezeigten Zellen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="299"/>
        <source>Open a project to run experiments.</source>
        <translation>Öffnen Sie ein Projekt, um Experimente auszuführen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="316"/>
        <source>Noise sweep: simulated judge at rising noise, repeated over seeds. Budget sweep: how many documents are judged and how many of them come from the top. Method comparison: every refiner on the same judgments. Judge quality: the judge&apos;s AUC against gold per query against its ΔAP.</source>
        <translation>Rausch-Sweep: simulierter Bewerter bei steigendem Rauschen, über mehrere Startwerte wiederholt. Budget-Sweep: wie viele Dokumente bewertet werden und wie viele davon von oben kommen. Methodenvergleich: jeder Verfeinerer auf denselben Urteilen. Bewerterqualität: die AUC des Bewerters gegen Gold je Anfrage gegen ihr ΔAP.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="321"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="322"/>
        <source>The first N queries of the dataset (all: every query).</source>
        <translation>Die ersten N Anfragen des Datensatzes (alle: jede Anfrage).</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="323"/>
        <source>gold, simulated:flip=0.2,seed=1 or simulated:sigma=0.1 (noise sweeps simulate their own).</source>
        <translation>gold, simulated:flip=0.2,seed=1 oder simulated:sigma=0.1 (Rausch-Sweeps simulieren ihren eigenen).</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="330"/>
        <source>Judged documents per query, all from the top of the ranking.</source>
        <translation>Bewertete Dokumente je Anfrage, alle von der Spitze des Rankings.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="331"/>
        <location filename="../widgets/experimentwidget.cpp" line="674"/>
        <source>label flips</source>
        <translation>Label-Vertauschungen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="332"/>
        <source>Gaussian σ on the score</source>
        <translation>Gauß-σ auf dem Wert</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="333"/>
        <source>Noise levels: flip rates 0…0.5, or σ values. Level 0 is the gold judge.</source>
        <translation>Rauschstufen: Vertauschungsraten 0…0.5 oder σ-Werte. Stufe 0 ist der Gold-Bewerter.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="336"/>
        <source>Judge seeds per noise level above 0.</source>
        <translation>Startwerte des Bewerters je Rauschstufe über 0.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="337"/>
        <source>Judged documents per query to try, e.g. 5, 10, 20, 30, 50.</source>
        <translation>Zu testende Anzahlen bewerteter Dokumente je Anfrage, z. B. 5, 10, 20, 30, 50.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="338"/>
        <source>Shares of the judged documents taken from the top; the rest is sampled at random.</source>
        <translation>Anteile der bewerteten Dokumente, die von oben genommen werden; der Rest wird zufällig gezogen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="344"/>
        <source>Every checked method that applies (HyDE rows need a &quot;&lt;space&gt;-hyde&quot; space).</source>
        <translation>Jede angehakte Methode, die anwendbar ist (HyDE-Zeilen brauchen einen Raum &quot;&lt;space&gt;-hyde&quot;).</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="346"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="348"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="349"/>
        <source>Space:</source>
        <translation>Raum:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="350"/>
        <source>Queries:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="351"/>
        <source>Judge:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="352"/>
        <source>Refiner:</source>
        <translation>Verfeinerer:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="353"/>
        <source>Adam steps:</source>
        <translation>Adam-Schritte:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="354"/>
        <source>Judged per query:</source>
        <translation>Bewertet je Anfrage:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="355"/>
        <source>Noise:</source>
        <translation>Rauschen:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="356"/>
        <source>Levels:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="357"/>
        <source>Seeds:</source>
        <translation>Startwerte:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="358"/>
        <source>Judged documents:</source>
        <translation>Bewertete Dokumente:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="359"/>
        <source>Shares from top:</source>
        <translation>Anteile von oben:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="360"/>
        <source>Methods:</source>
        <translation>Methoden:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="361"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="415"/>
        <source>Cannot list the project: %1</source>
        <translation>Das Projekt kann nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="485"/>
        <source>Levels, judged documents and shares take numbers separated by commas.</source>
        <translation>Stufen, bewertete Dokumente und Anteile erwarten durch Kommas getrennte Zahlen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="502"/>
        <source>Starting the experiment…</source>
        <translation>Experiment wird gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="519"/>
        <source>Continuing experiment %1…</source>
        <translation>Experiment %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="519"/>
        <source>Experiment %1 started…</source>
        <translation>Experiment %1 gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="527"/>
        <source>Run %1 of %2 (%3): reused</source>
        <translation>Lauf %1 von %2 (%3): wiederverwendet</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="528"/>
        <source>Run %1 of %2 (%3)…</source>
        <translation>Lauf %1 von %2 (%3)…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="553"/>
        <source>The experiment failed: %1</source>
        <translation>Das Experiment ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="560"/>
        <source>Experiment %1 finished.</source>
        <translation>Experiment %1 beendet.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="563"/>
        <source>Experiment %1 was cancelled; its finished runs are kept. Run it again to continue.</source>
        <translation>Experiment %1 wurde abgebrochen; seine beendeten Läufe bleiben erhalten. Führen Sie es erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="577"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="595"/>
        <source>Loading experiment %1…</source>
        <translation>Experiment %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="604"/>
        <source>Experiment %1 is %2: it has no result yet. Run the same definition again to continue it.</source>
        <translation>Experiment %1 ist %2: es hat noch kein Ergebnis. Führen Sie dieselbe Definition erneut aus, um es fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="647"/>
        <source>%1 steps, lr %2</source>
        <translation>%1 Schritte, Lernrate %2</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="672"/>
        <source>Experiment %1 · noise sweep (%2) · %3 queries · MAP before %4 · runs %5</source>
        <translation>Experiment %1 · Rausch-Sweep (%2) · %3 Anfragen · MAP vorher %4 · Läufe %5</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="674"/>
        <source>Gaussian σ</source>
        <translation>Gauß-σ</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="679"/>
        <source>Judge noise σ (standard deviation added to the score)</source>
        <translation>Bewerterrauschen σ (zum Wert addierte Standardabweichung)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="680"/>
        <source>Flip rate (share of judged labels flipped)</source>
        <translation>Vertauschungsrate (Anteil vertauschter Bewertungslabels)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="686"/>
        <source>Mean ΔMAP over seeds</source>
        <translation>Mittleres ΔMAP über Startwerte</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="689"/>
        <source>Single seeds</source>
        <translation>Einzelne Startwerte</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="751"/>
        <source>Experiment %1 · budget sweep · %2 runs · MAP before %3 · best MAP after %4</source>
        <translation>Experiment %1 · Budget-Sweep · %2 Läufe · MAP vorher %3 · bestes MAP nachher %4</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="760"/>
        <source>%1% top</source>
        <translation>%1% oben</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="762"/>
        <source>Judged documents per query</source>
        <translation>Bewertete Dokumente je Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="762"/>
        <source>Share judged from the top</source>
        <translation>Bewerteter Anteil von oben</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="763"/>
        <source>ΔMAP</source>
        <translation>ΔMAP</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="763"/>
        <source>MAP after</source>
        <translation>MAP nachher</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="766"/>
        <source>Judge calls (documents scored, all queries)</source>
        <translation>Bewerteraufrufe (bewertete Dokumente, alle Anfragen)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="778"/>
        <source>%1% from the top</source>
        <translation>%1% von oben</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="793"/>
        <source>MAP before (%1)</source>
        <translation>MAP vorher (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="806"/>
        <source>Experiment %1 · method comparison on the same judgments (judge %2) · %3 queries</source>
        <translation>Experiment %1 · Methodenvergleich auf denselben Urteilen (Bewerter %2) · %3 Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="812"/>
        <location filename="../widgets/experimentwidget.cpp" line="833"/>
        <source>ΔMAP against none</source>
        <translation>ΔMAP gegen none</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="831"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="843"/>
        <source>95% bootstrap CI</source>
        <translation>95-%-Bootstrap-KI</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="857"/>
        <source>Experiment %1 · judge quality of run %2 · %3 of %4 queries with a defined AUC · Pearson r = %5, Spearman ρ = %6</source>
        <translation>Experiment %1 · Bewerterqualität von Lauf %2 · %3 von %4 Anfragen mit definierter AUC · Pearson r = %5, Spearman ρ = %6</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="865"/>
        <source>Judge AUC against gold (judged documents)</source>
        <translation>Bewerter-AUC gegen Gold (bewertete Dokumente)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="867"/>
        <source>ΔAP (after − before)</source>
        <translation>ΔAP (nachher − vorher)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/experimentwidget.cpp" line="882"/>
        <source>Queries (%n)</source>
        <translation>
            <numerusform>Anfragen (%n)</numerusform>
            <numerusform>Anfragen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="889"/>
        <source>Least squares: ΔAP = %1 %2 %3 · AUC (r = %4)</source>
        <translation>Kleinste Quadrate: ΔAP = %1 %2 %3 · AUC (r = %4)</translation>
    </message>
</context>
<context>
    <name>tare::ExplanationWidget</name>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="137"/>
        <source>Leave-one-out ΔAP contribution</source>
        <translation>Leave-one-out-ΔAP-Beitrag</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="138"/>
        <source>Share of the update: pull towards (+) / push away (−)</source>
        <translation>Anteil an der Änderung: Anziehung (+) / Abstoßung (−)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="139"/>
        <source>Words the query gained (+) and lost (−)</source>
        <translation>Wörter, die die Anfrage gewann (+) und verlor (−)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="140"/>
        <source>Drift of the query</source>
        <translation>Drift der Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="157"/>
        <source>Terms are shown only for spaces of the built-in embedder (LSA), which can say which words a vector stands for.</source>
        <translation>Terme werden nur für Räume des eingebauten Einbetters (LSA) gezeigt, der sagen kann, für welche Wörter ein Vektor steht.</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="179"/>
        <source>The judged documents, most influential first. Hover over a text to read all of it.</source>
        <translation>Die bewerteten Dokumente, einflussreichste zuerst. Zeigen Sie auf einen Text, um ihn ganz zu lesen.</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="183"/>
        <source>Top influences</source>
        <translation>Stärkste Einflüsse</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="200"/>
        <source>Select a query in the run dashboard&apos;s table to see why it improved or not.</source>
        <translation>Wählen Sie eine Anfrage in der Tabelle des Lauf-Dashboards, um zu sehen, warum sie sich verbessert hat oder nicht.</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="228"/>
        <source>Explaining query %1 of run %2 (each judged document is left out once and the query refined again)…</source>
        <translation>Anfrage %1 aus Lauf %2 wird erklärt (jedes bewertete Dokument wird einmal weggelassen und die Anfrage erneut verfeinert)…</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="255"/>
        <source>Cannot explain this query: %1</source>
        <translation>Diese Anfrage kann nicht erklärt werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="266"/>
        <source>Query %1: %2
Run %3 · %4 · AP %5 → %6 (Δ %7) · judged documents: %8</source>
        <translation>Anfrage %1: %2
Lauf %3 · %4 · AP %5 → %6 (Δ %7) · bewertete Dokumente: %8</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="310"/>
        <source>Judged document (rank before)</source>
        <translation>Bewertetes Dokument (Rang vorher)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="312"/>
        <source>Relevant (gold)</source>
        <translation>Relevant (Gold)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="313"/>
        <source>Not relevant (gold)</source>
        <translation>Nicht relevant (Gold)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="315"/>
        <source>ΔAP contribution (AP with all − AP without it)</source>
        <translation>ΔAP-Beitrag (AP alle − AP ohne es)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="320"/>
        <source>Pull towards</source>
        <translation>Anziehung</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="320"/>
        <source>Push away</source>
        <translation>Abstoßung</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="322"/>
        <source>Share of all pulling and pushing (%)</source>
        <translation>Anteil an Anziehung/Abstoßung (%)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="351"/>
        <source>Gained</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="351"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="352"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="353"/>
        <source>Weight in the change of direction</source>
        <translation>Gewicht in der Richtungsänderung</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="374"/>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="377"/>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="405"/>
        <source>Overshoot: AP peak at step %1</source>
        <translation>Überschießen ab Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="406"/>
        <source>AP peaked at %1 at step %2 and ended at %3 while the loss kept falling (%4 → %5).</source>
        <translation>AP erreichte bei Schritt %2 den Höchstwert %1 und endete bei %3, während der Verlust weiter fiel (%4 → %5).</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="363"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="365"/>
        <source>‖q_t − q_0‖</source>
        <translation>‖q_t − q_0‖</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="369"/>
        <source>cos(q_t, q_0)</source>
        <translation>cos(q_t, q_0)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="424"/>
        <source>&lt;h4&gt;Rank movers: judged vs never judged&lt;/h4&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;group&lt;/th&gt;&lt;th&gt;docs&lt;/th&gt;&lt;th&gt;relevant&lt;/th&gt;&lt;th&gt;relevant ▲ / ▼&lt;/th&gt;&lt;th&gt;AP share before → after&lt;/th&gt;&lt;th&gt;Δ&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h4&gt;Rangveränderungen: bewertet vs. nie bewertet&lt;/h4&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Gruppe&lt;/th&gt;&lt;th&gt;Dok.&lt;/th&gt;&lt;th&gt;relevant&lt;/th&gt;&lt;th&gt;relevant ▲ / ▼&lt;/th&gt;&lt;th&gt;AP-Anteil vorher → nachher&lt;/th&gt;&lt;th&gt;Δ&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="427"/>
        <source>judged</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="428"/>
        <source>never judged</source>
        <translation>nie bewertet</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="432"/>
        <source>&lt;p&gt;%1 of the ΔAP of %2 came from documents the judge never saw.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 des ΔAP von %2 stammte aus Dokumenten, die der Bewerter nie gesehen hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="435"/>
        <source>&lt;p&gt;&lt;b&gt;Never judged, rose:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Never judged, fell:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Judged, rose:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nie bewertet, gestiegen:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Nie bewertet, gefallen:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Bewertet, gestiegen:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="437"/>
        <source>&lt;p&gt;&lt;small&gt;AP share: the part of AP earned by the group&apos;s relevant documents (the two rows add up to AP). ✓ marks relevant documents.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;AP-Anteil: der Teil der AP, den die relevanten Dokumente der Gruppe erzielen (beide Zeilen ergeben zusammen die AP). ✓ markiert relevante Dokumente.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="445"/>
        <source>&lt;h4&gt;Failure triage&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Fehlertriage&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="447"/>
        <source>&lt;p&gt;AP did not fall (%1 → %2): nothing to triage. Triage is for queries that got worse.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AP ist nicht gefallen (%1 → %2): nichts zu analysieren. Die Triage gilt Anfragen, die schlechter wurden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="450"/>
        <source>&lt;p&gt;AP fell (%1 → %2), but none of the known causes applies.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AP ist gefallen (%1 → %2), aber keine der bekannten Ursachen trifft zu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="453"/>
        <source>&lt;p&gt;AP fell from %1 to %2. What the evidence says:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;AP fiel von %1 auf %2. Was die Belege sagen:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="463"/>
        <source>%1 (rank %2: judge %3, gold %4)</source>
        <translation>%1 (Rang %2: Bewerter %3, Gold %4)</translation>
    </message>
</context>
<context>
    <name>tare::FailureTriage</name>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="36"/>
        <source>Judge disagreed with gold</source>
        <translation>Bewerter widersprach Gold</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="38"/>
        <source>No relevant document among the judged</source>
        <translation>Kein relevantes Dokument unter den bewerteten</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="40"/>
        <source>Loss decreased but AP fell</source>
        <translation>Verlust sank, aber AP fiel</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="42"/>
        <source>Overshoot</source>
        <translation>Überschießen</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="73"/>
        <source>%1 (rank %2, judge %3, gold %4)</source>
        <translation>%1 (Rang %2, Bewerter %3, Gold %4)</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="74"/>
        <source>the judge disagreed with gold on %1 of the top %2 judged documents: %3</source>
        <translation>der Bewerter widersprach Gold bei %1 der obersten %2 bewerteten Dokumente: %3</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="93"/>
        <source>none of the %1 judged documents is relevant; the first relevant document was at rank %2 before refinement</source>
        <translation>keines der %1 bewerteten Dokumente ist relevant; das erste relevante Dokument stand vor der Verfeinerung auf Rang %2</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="97"/>
        <source>none of the %1 judged documents is relevant, and no candidate is</source>
        <translation>keines der %1 bewerteten Dokumente ist relevant, und auch kein Kandidat</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="110"/>
        <source>the loss fell from %1 to %2 and levelled off (the last %3 steps lowered it by %4), while AP fell from %5 to %6</source>
        <translation>der Verlust fiel von %1 auf %2 und flachte ab (die letzten %3 Schritte senkten ihn um %4), während AP von %5 auf %6 fiel</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="112"/>
        <source>the loss fell from %1 to %2 and was still falling (the last %3 steps lowered it by %4), while AP fell from %5 to %6</source>
        <translation>der Verlust fiel von %1 auf %2 und fiel noch weiter (die letzten %3 Schritte senkten ihn um %4), während AP von %5 auf %6 fiel</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="127"/>
        <source>AP peaked at %1 at step %2 and fell to %3 by step %4 while the loss kept falling (%5 → %6)</source>
        <translation>AP erreichte bei Schritt %2 den Höchstwert %1 und fiel bis Schritt %4 auf %3, während der Verlust weiter fiel (%5 → %6)</translation>
    </message>
</context>
<context>
    <name>tare::FeedbackInspectorWidget</name>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="72"/>
        <source>Re-refine with these judgments</source>
        <translation>Mit diesen Bewertungen neu verfeinern</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="78"/>
        <source>Accuracy: share of judged documents where the judge (score ≥ 0.5) agrees with gold (grade &gt; 0). Cohen&apos;s κ: that agreement corrected for chance. AUC: probability that the judge scores a relevant document above an irrelevant one.</source>
        <translation>Genauigkeit: Anteil der bewerteten Dokumente, bei denen der Bewerter (Wert ≥ 0,5) mit Gold (Stufe &gt; 0) übereinstimmt. Cohens κ: diese Übereinstimmung, um den Zufall bereinigt. AUC: Wahrscheinlichkeit, dass der Bewerter ein relevantes Dokument höher bewertet als ein irrelevantes.</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="81"/>
        <source>Refine this query again at once, with your labels in place of the judge&apos;s scores.</source>
        <translation>Diese Anfrage sofort erneut verfeinern, mit Ihren Labels anstelle der Werte des Bewerters.</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="98"/>
        <source>Keys: Y relevant · N not relevant · 0–9 graded label · ↑ ↓ move · Backspace undo. Highlighted rows: the judge disagrees with gold.</source>
        <translation>Tasten: Y relevant · N nicht relevant · 0–9 abgestuftes Label · ↑ ↓ bewegen · Rücktaste rückgängig. Hervorgehobene Zeilen: der Bewerter widerspricht Gold.</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="121"/>
        <source>Select a query in the run dashboard&apos;s table to see its feedback.</source>
        <translation>Wählen Sie eine Anfrage in der Tabelle des Lauf-Dashboards, um ihr Feedback zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="139"/>
        <source>Loading the feedback of query %1 of run %2…</source>
        <translation>Lade das Feedback von Anfrage %1 aus Lauf %2…</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="147"/>
        <source>Cannot show this query&apos;s feedback: %1</source>
        <translation>Das Feedback dieser Anfrage kann nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="176"/>
        <source>Query %1: %2
Run %3 · judge %4 · %n judged document(s)</source>
        <translation>
            <numerusform>Anfrage %1: %2
Lauf %3 · Bewerter %4 · %n bewertetes Dokument</numerusform>
            <numerusform>Anfrage %1: %2
Lauf %3 · Bewerter %4 · %n bewertete Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="180"/>
        <source>AP before refinement %1 · after (run) %2</source>
        <translation>AP vor der Verfeinerung %1 · danach (Lauf) %2</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="182"/>
        <source>with your labels (stored in run %1) %2</source>
        <translation>mit Ihren Labels (gespeichert in Lauf %1) %2</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="196"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;judge&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;with your labels&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;accuracy&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cohen&apos;s κ&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;your labels&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;Bewerter&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;mit Ihren Labels&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Genauigkeit&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cohens κ&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ihre Labels&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="221"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="228"/>
        <source>&lt;p&gt;&lt;b&gt;First token, top alternatives&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&apos;2&apos;&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erstes Token, wahrscheinlichste Alternativen&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&apos;2&apos;&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="231"/>
        <source>&lt;p&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fehler:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="233"/>
        <source>&lt;p&gt;&lt;b&gt;Raw response&lt;/b&gt;&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rohe Antwort&lt;/b&gt;&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="256"/>
        <source>Could not store the label: %1</source>
        <translation>Das Label konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="293"/>
        <source>Could not undo the label: %1</source>
        <translation>Das Label konnte nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="316"/>
        <source>Re-refining…</source>
        <translation>Verfeinere neu…</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="325"/>
        <source>Re-refining failed: %1</source>
        <translation>Neu verfeinern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="328"/>
        <source>AP before refinement %1 · after (run) %2 · re-refined with your labels %3 (%4)</source>
        <translation>AP vor der Verfeinerung %1 · danach (Lauf) %2 · neu verfeinert mit Ihren Labels %3 (%4)</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="331"/>
        <source>stored in run %1</source>
        <translation>gespeichert in Lauf %1</translation>
    </message>
</context>
<context>
    <name>tare::FeedbackModel</name>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="173"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="175"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="177"/>
        <source>Rank before</source>
        <translation>Rang vorher</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="179"/>
        <source>Rank after</source>
        <translation>Rang nachher</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="181"/>
        <source>Judge score</source>
        <translation>Bewerterwert</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="183"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="185"/>
        <source>Your label</source>
        <translation>Ihr Label</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="187"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="189"/>
        <source>Top tokens</source>
        <translation>Wahrscheinlichste Tokens</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="197"/>
        <source>The judge&apos;s score on 0..1; 0.5 and above counts as relevant.</source>
        <translation>Der Wert des Bewerters auf 0..1; ab 0,5 gilt als relevant.</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="199"/>
        <source>The gold relevance grade; above 0 is relevant.</source>
        <translation>Die Gold-Relevanzstufe; über 0 ist relevant.</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="201"/>
        <source>Your label: Y = 1, N = 0, a digit d = d/9. It overrides the judge when re-refining.</source>
        <translation>Ihr Label: Y = 1, N = 0, eine Ziffer d = d/9. Beim Neu-Verfeinern ersetzt es den Bewerter.</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="203"/>
        <source>The LLM&apos;s most likely first tokens and their probabilities.</source>
        <translation>Die wahrscheinlichsten ersten Tokens des LLM und ihre Wahrscheinlichkeiten.</translation>
    </message>
</context>
<context>
    <name>tare::HtmlReport</name>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="52"/>
        <location filename="../core/report/htmlreport.cpp" line="61"/>
        <source>relevant</source>
        <translation>relevant</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="52"/>
        <source>irrelevant</source>
        <translation>irrelevant</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="61"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="61"/>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="62"/>
        <source>relevant up</source>
        <translation>relevant gestiegen</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="62"/>
        <source>relevant down</source>
        <translation>relevant gefallen</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="62"/>
        <source>AP part before</source>
        <translation>AP-Teil vorher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="63"/>
        <source>AP part after</source>
        <translation>AP-Teil nachher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="63"/>
        <location filename="../core/report/htmlreport.cpp" line="178"/>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="64"/>
        <source>judged</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="65"/>
        <source>never judged</source>
        <translation>nie bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="83"/>
        <source>rose most:</source>
        <translation>am stärksten gestiegen:</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="84"/>
        <location filename="../core/report/htmlreport.cpp" line="86"/>
        <location filename="../core/report/htmlreport.cpp" line="124"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="85"/>
        <source>fell most:</source>
        <translation>am stärksten gefallen:</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="95"/>
        <source>judged document</source>
        <translation>bewertetes Dokument</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="95"/>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="95"/>
        <source>judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="96"/>
        <source>rank before → after</source>
        <translation>Rang vorher → nachher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="96"/>
        <source>AP without it</source>
        <translation>AP ohne es</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="97"/>
        <source>ΔAP contribution</source>
        <translation>ΔAP-Beitrag</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="97"/>
        <source>pull</source>
        <translation>Anziehung</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="97"/>
        <source>share of pull/push</source>
        <translation>Anteil an Anziehung/Abstoßung</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="106"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="110"/>
        <source>towards %1</source>
        <translation>anziehend %1</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="111"/>
        <source>away %1</source>
        <translation>abstoßend %1</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="127"/>
        <source>Gained:</source>
        <translation>Gewonnen:</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="127"/>
        <source>Lost:</source>
        <translation>Verloren:</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="133"/>
        <source>no reason found</source>
        <translation>kein Grund gefunden</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="166"/>
        <source>Tare report: run %1</source>
        <translation>Tare-Bericht: Lauf %1</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="170"/>
        <source>%1 · %2 · judge %3 · refiner %4 · generated %5</source>
        <translation>%1 · %2 · Bewerter %3 · Verfeinerer %4 · erstellt %5</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="174"/>
        <location filename="../core/report/htmlreport.cpp" line="296"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="176"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="178"/>
        <source>mean over queries</source>
        <translation>Mittel über Anfragen</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="178"/>
        <location filename="../core/report/htmlreport.cpp" line="221"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="178"/>
        <location filename="../core/report/htmlreport.cpp" line="221"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <location filename="../core/report/htmlreport.cpp" line="274"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <source>AP before</source>
        <translation>AP vorher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <source>AP after</source>
        <translation>AP nachher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <location filename="../core/report/htmlreport.cpp" line="274"/>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="189"/>
        <source>nDCG@10 before</source>
        <translation>nDCG@10 vorher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="190"/>
        <source>nDCG@10 after</source>
        <translation>nDCG@10 nachher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="190"/>
        <source>d′ before</source>
        <translation>d′ vorher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="190"/>
        <source>d′ after</source>
        <translation>d′ nachher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="190"/>
        <source>judged relevant</source>
        <translation>als relevant bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="190"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="209"/>
        <source>Score distributions and separation</source>
        <translation>Score-Verteilungen und Trennung</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="210"/>
        <source>Cosine similarity of every candidate to the query before and after refinement, relevant and irrelevant documents as shares of their group over the same bins: the largest gain, the largest loss and the median query.</source>
        <translation>Kosinus-Ähnlichkeit jedes Kandidaten zur Anfrage vor und nach der Verfeinerung, relevante und irrelevante Dokumente als Anteile ihrer Gruppe über dieselben Intervalle: der größte Gewinn, der größte Verlust und die Median-Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="220"/>
        <source>best F1</source>
        <translation>bestes F1</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="220"/>
        <source>mean relevant</source>
        <translation>Mittel relevant</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="220"/>
        <source>mean irrelevant</source>
        <translation>Mittel irrelevant</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="233"/>
        <source>Explanations</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="234"/>
        <source>The queries whose AP changed most. &lt;b&gt;ΔAP contribution&lt;/b&gt; of a judged document: AP with all feedback minus AP when the query is refined again without that document. &lt;b&gt;Pull&lt;/b&gt;: the document&apos;s gradient term summed over the steps, along the direction towards it (towards: the query was pulled to it, away: pushed from it); &lt;b&gt;share&lt;/b&gt;: its part of all pulling and pushing. &lt;b&gt;AP part&lt;/b&gt; of a group: AP summed over the group&apos;s relevant documents only (precision still counts every relevant document), so the judged and never-judged parts add up to AP.</source>
        <translation>Die Anfragen, deren AP sich am stärksten änderte. &lt;b&gt;ΔAP-Beitrag&lt;/b&gt; eines bewerteten Dokuments: AP mit allem Feedback minus AP, wenn die Anfrage ohne dieses Dokument erneut verfeinert wird. &lt;b&gt;Anziehung&lt;/b&gt;: der Gradiententerm des Dokuments, über die Schritte summiert, entlang der Richtung zu ihm hin (anziehend: die Anfrage wurde zu ihm gezogen, abstoßend: von ihm weggeschoben); &lt;b&gt;Anteil&lt;/b&gt;: sein Teil an aller Anziehung und Abstoßung. &lt;b&gt;AP-Teil&lt;/b&gt; einer Gruppe: AP, nur über die relevanten Dokumente der Gruppe summiert (die Präzision zählt weiterhin jedes relevante Dokument), sodass sich die Teile der bewerteten und der nie bewerteten Dokumente zur AP addieren.</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="245"/>
        <source>AP %1 → %2 (%3)</source>
        <translation>AP %1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="246"/>
        <source>Influence of the judged documents</source>
        <translation>Einfluss der bewerteten Dokumente</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="247"/>
        <source>Rank movers</source>
        <translation>Rangveränderungen</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="249"/>
        <source>Terms</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="252"/>
        <source>after %1 steps: ‖q − q₀‖ = %2, cos(q, q₀) = %3</source>
        <translation>nach %1 Schritten: ‖q − q₀‖ = %2, cos(q, q₀) = %3</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="256"/>
        <source>; overshoot: AP peaked at %1 at step %2 and fell to %3 while the loss kept falling</source>
        <translation>; Überschießen: AP erreichte bei Schritt %2 den Höchstwert %1 und fiel auf %3, während der Verlust weiter fiel</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="260"/>
        <source>Drift:</source>
        <translation>Drift:</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="267"/>
        <source>Failure triage</source>
        <translation>Fehlertriage</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="269"/>
        <source>No query got worse.</source>
        <translation>Keine Anfrage wurde schlechter.</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="272"/>
        <source>1 query got worse; the reasons found, with their evidence.</source>
        <translation>1 Anfrage wurde schlechter; die gefundenen Gründe mit ihren Belegen.</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="273"/>
        <source>%1 queries got worse; the reasons found for each, with their evidence.</source>
        <translation>%1 Anfragen wurden schlechter; die für jede gefundenen Gründe mit ihren Belegen.</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="274"/>
        <source>AP before → after</source>
        <translation>AP vorher → nachher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="274"/>
        <source>reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="284"/>
        <source>Written by Tare. AP, nDCG@10 and the other measures are computed as trec_eval computes them (relevant: grade &amp;gt; 0).</source>
        <translation>Geschrieben von Tare. AP, nDCG@10 und die anderen Maße werden so berechnet, wie trec_eval sie berechnet (relevant: Stufe &amp;gt; 0).</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="291"/>
        <source>Tare report: experiment %1 (%2)</source>
        <translation>Tare-Bericht: Experiment %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="293"/>
        <source>%1 · %2 · generated %3</source>
        <translation>%1 · %2 · erstellt %3</translation>
    </message>
</context>
<context>
    <name>tare::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="121"/>
        <source>libcurl could not create a multi handle</source>
        <translation>libcurl konnte kein Multi-Handle erzeugen</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="160"/>
        <source>the HTTP client is shutting down</source>
        <translation>der HTTP-Client wird beendet</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="252"/>
        <location filename="../core/net/httpclient.cpp" line="478"/>
        <location filename="../core/net/httpclient.cpp" line="575"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="256"/>
        <source>not sent: an earlier request of the batch failed with %1</source>
        <translation>nicht gesendet: eine frühere Anfrage des Stapels ist mit %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="495"/>
        <source>HTTP %1: the server asks to retry after %2 s: %3</source>
        <translation>HTTP %1: der Server bittet um einen neuen Versuch nach %2 s: %3</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="509"/>
        <source>HTTP %1 after %2 attempt(s): %3</source>
        <translation>HTTP %1 nach %2 Versuch(en): %3</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="514"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="527"/>
        <source>network error after %1 attempt(s): %2</source>
        <translation>Netzwerkfehler nach %1 Versuch(en): %2</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="528"/>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="596"/>
        <source>libcurl could not start the transfer</source>
        <translation>libcurl konnte die Übertragung nicht starten</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="638"/>
        <source>the HTTP client was shut down</source>
        <translation>der HTTP-Client wurde beendet</translation>
    </message>
</context>
<context>
    <name>tare::HumanFeedbackRun</name>
    <message>
        <location filename="../core/models/humanfeedbackrun.cpp" line="37"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::HydeQueryWriter</name>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="20"/>
        <source>HyDE needs a chat-completions endpoint URL</source>
        <translation>HyDE braucht eine Endpunkt-URL für Chat Completions</translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="22"/>
        <source>HyDE needs a chat model name</source>
        <translation>HyDE braucht den Namen eines Chat-Modells</translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="81"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="103"/>
        <source>writing the hypothetical document of query %1 failed: %2</source>
        <translation>das Schreiben des hypothetischen Dokuments von Anfrage %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="109"/>
        <source>the hypothetical document of query %1: %2</source>
        <translation>das hypothetische Dokument von Anfrage %1: %2</translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="112"/>
        <source>the model wrote an empty hypothetical document for query %1</source>
        <translation>das Modell schrieb ein leeres hypothetisches Dokument für Anfrage %1</translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="115"/>
        <source>writing hypothetical documents</source>
        <translation>hypothetische Dokumente werden geschrieben</translation>
    </message>
</context>
<context>
    <name>tare::HydeSpaceBuilder</name>
    <message>
        <location filename="../core/embed/hydespacebuilder.cpp" line="19"/>
        <source>no embedding space with id %1</source>
        <translation>kein Einbettungsraum mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/embed/hydespacebuilder.cpp" line="28"/>
        <source>HyDE needs a space Tare can embed new text into (lsa or openai); &apos;%1&apos; is a %2 space</source>
        <translation>HyDE braucht einen Raum, in den Tare neuen Text einbetten kann (lsa oder openai); &apos;%1&apos; ist ein %2-Raum</translation>
    </message>
</context>
<context>
    <name>tare::ImportDialog</name>
    <message>
        <location filename="../widgets/importdialog.cpp" line="55"/>
        <source>Import BEIR Folder</source>
        <translation>BEIR-Ordner importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="57"/>
        <source>Import Classification Table</source>
        <translation>Klassifikationstabelle importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="59"/>
        <source>Import TREC Qrels</source>
        <translation>TREC-Qrels importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="61"/>
        <source>Import Vectors</source>
        <translation>Vektoren importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="72"/>
        <source>Skip malformed records and report them</source>
        <translation>Fehlerhafte Datensätze überspringen und melden</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="85"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="87"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="87"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="91"/>
        <source>default: the folder or file name</source>
        <translation>Vorgabe: der Ordner- oder Dateiname</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="91"/>
        <source>an existing dataset of the project</source>
        <translation>ein vorhandener Datensatz des Projekts</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="92"/>
        <source>Name of the new dataset.</source>
        <translation>Name des neuen Datensatzes.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="92"/>
        <source>The dataset the labels or vectors belong to.</source>
        <translation>Der Datensatz, zu dem die Labels oder Vektoren gehören.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="93"/>
        <source>&amp;Dataset:</source>
        <translation>Daten&amp;satz:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="97"/>
        <source>The labels are read from qrels/&lt;split&gt;.tsv.</source>
        <translation>Die Labels werden aus qrels/&lt;split&gt;.tsv gelesen.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="98"/>
        <source>&amp;Split:</source>
        <translation>&amp;Split:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="100"/>
        <source>Whole corpus</source>
        <translation>Ganzes Korpus</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="101"/>
        <source>Judged documents of each query</source>
        <translation>Bewertete Dokumente jeder Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="102"/>
        <source>Which documents are ranked for a query: the whole corpus, or only the documents labelled for it.</source>
        <translation>Welche Dokumente für eine Anfrage gerankt werden: das ganze Korpus oder nur die für sie gelabelten Dokumente.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="103"/>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="109"/>
        <source>The column holding each text (a document).</source>
        <translation>Die Spalte mit den Texten (je ein Dokument).</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="110"/>
        <source>The column holding each text&apos;s label (one query per label).</source>
        <translation>Die Spalte mit dem Label jedes Textes (eine Anfrage je Label).</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="111"/>
        <source>Optional document ids; otherwise ids are the file name and the row number.</source>
        <translation>Optionale Dokument-IDs; sonst bestehen IDs aus Dateiname und Zeilennummer.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="112"/>
        <source>&amp;Text column:</source>
        <translation>&amp;Textspalte:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="113"/>
        <source>&amp;Label column:</source>
        <translation>&amp;Labelspalte:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="114"/>
        <source>&amp;Id column:</source>
        <translation>&amp;ID-Spalte:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="118"/>
        <source>one id per line (needed for .npy)</source>
        <translation>eine ID pro Zeile (für .npy nötig)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="119"/>
        <source>&amp;Id list:</source>
        <translation>&amp;ID-Liste:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="122"/>
        <source>&amp;Space:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="123"/>
        <source>These are query vectors</source>
        <translation>Dies sind Anfragevektoren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="128"/>
        <source>e.g. Given a claim, find the arguments that support it</source>
        <translation>z. B. Finde zu einer Behauptung die Argumente, die sie stützen</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="129"/>
        <source>The dataset&apos;s task instruction, used by embedding templates and LLM prompts.</source>
        <translation>Die Aufgabenbeschreibung des Datensatzes für Embedding-Vorlagen und LLM-Prompts.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="130"/>
        <source>I&amp;nstruction:</source>
        <translation>A&amp;nweisung:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="140"/>
        <source>Choose the input to see its first rows.</source>
        <translation>Wählen Sie die Eingabe, um ihre ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="145"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="149"/>
        <source>Preview (first rows):</source>
        <translation>Vorschau (erste Zeilen):</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="181"/>
        <source>BEIR Folder</source>
        <translation>BEIR-Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="183"/>
        <source>Tables (*.csv *.tsv *.tab *.jsonl *.ndjson);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.tab *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="184"/>
        <source>Vectors (*.npy *.jsonl);;All files (*)</source>
        <translation>Vektoren (*.npy *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="185"/>
        <source>Qrels (*.qrels *.txt *.tsv);;All files (*)</source>
        <translation>Qrels (*.qrels *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="197"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="254"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="283"/>
        <source>Choose the input first.</source>
        <translation>Wählen Sie zuerst die Eingabe.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="288"/>
        <source>Name the dataset the labels or vectors belong to.</source>
        <translation>Nennen Sie den Datensatz, zu dem die Labels oder Vektoren gehören.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="323"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="330"/>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="360"/>
        <source>The import was stopped; nothing of it was kept.</source>
        <translation>Der Import wurde angehalten; nichts davon wurde behalten.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="392"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="401"/>
        <source>Imported %n vector(s).</source>
        <translation>
            <numerusform>%n Vektor importiert.</numerusform>
            <numerusform>%n Vektoren importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="402"/>
        <source>Imported %1 documents, %2 queries and %3 labels.</source>
        <translation>%1 Dokumente, %2 Anfragen und %3 Labels importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="404"/>
        <source>Skipped %n bad record(s); the first: %1</source>
        <translation>
            <numerusform>%n fehlerhaften Datensatz übersprungen; der erste: %1</numerusform>
            <numerusform>%n fehlerhafte Datensätze übersprungen; der erste: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::ImportPreviewReader</name>
    <message numerus="yes">
        <location filename="../core/io/importpreview.cpp" line="40"/>
        <source>[%n value(s)]</source>
        <translation>
            <numerusform>[%n Wert]</numerusform>
            <numerusform>[%n Werte]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="67"/>
        <source>JSON lines, %1</source>
        <translation>JSON Lines, %1</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="85"/>
        <source>CSV, %1</source>
        <translation>CSV, %1</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="85"/>
        <source>TSV, %1</source>
        <translation>TSV, %1</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="104"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="104"/>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="104"/>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="104"/>
        <source>grade</source>
        <translation>Grad</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="106"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="111"/>
        <source>Whitespace-separated, %1</source>
        <translation>Durch Leerraum getrennt, %1</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="121"/>
        <source>%1: not a BEIR folder (no corpus.jsonl)</source>
        <translation>%1: kein BEIR-Ordner (keine corpus.jsonl)</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="126"/>
        <source>corpus.jsonl (%1); qrels splits: %2</source>
        <translation>corpus.jsonl (%1); Qrels-Splits: %2</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="128"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/io/importpreview.cpp" line="146"/>
        <source>NumPy matrix: %1 rows × %2 columns, %3</source>
        <translation>NumPy-Matrix: %1 Zeilen × %2 Spalten, %3</translation>
    </message>
</context>
<context>
    <name>tare::InfluenceModel</name>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="44"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="46"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="52"/>
        <source>pull %1%</source>
        <translation>Anziehung %1%</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="52"/>
        <source>push %1%</source>
        <translation>Abstoßung %1%</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="75"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="77"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="79"/>
        <source>Judge score</source>
        <translation>Bewerterwert</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="81"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="83"/>
        <source>ΔAP contribution</source>
        <translation>ΔAP-Beitrag</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="85"/>
        <source>Share of update</source>
        <translation>Anteil an Änderung</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="87"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="95"/>
        <source>AP with all the feedback minus AP when the query is refined again without this document (&gt; 0: the document helped).</source>
        <translation>AP mit allem Feedback minus AP, wenn die Anfrage ohne dieses Dokument erneut verfeinert wird (&gt; 0: das Dokument hat geholfen).</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="98"/>
        <source>The document&apos;s share of all pulling and pushing over the steps: pull = the query moved towards it, push = away from it.</source>
        <translation>Der Anteil des Dokuments an aller Anziehung und Abstoßung über die Schritte: Anziehung = die Anfrage bewegte sich zu ihm hin, Abstoßung = von ihm weg.</translation>
    </message>
</context>
<context>
    <name>tare::JsonRecord</name>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="29"/>
        <source>invalid UTF-8 at byte %1 of the line</source>
        <translation>ungültiges UTF-8 bei Byte %1 der Zeile</translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="34"/>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="36"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="51"/>
        <source>field &quot;%1&quot; is empty</source>
        <translation>Feld &quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="58"/>
        <location filename="../core/io/jsonrecord.cpp" line="62"/>
        <source>field &quot;%1&quot; must be a string or an integer</source>
        <translation>Feld &quot;%1&quot; muss eine Zeichenkette oder eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="61"/>
        <location filename="../core/io/jsonrecord.cpp" line="69"/>
        <source>missing field &quot;%1&quot;</source>
        <translation>fehlendes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="71"/>
        <location filename="../core/io/jsonrecord.cpp" line="81"/>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>Feld &quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
</context>
<context>
    <name>tare::JudgeFactory</name>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="26"/>
        <source>invalid judge &apos;%1&apos;: %2 (use gold, simulated:flip=RATE, simulated:sigma=SD with optional ,seed=N, llm-yesno, llm-rating, rerank or rerank-cohere)</source>
        <translation>ungültiger Bewerter &apos;%1&apos;: %2 (verwenden Sie gold, simulated:flip=RATE, simulated:sigma=SD mit optionalem ,seed=N, llm-yesno, llm-rating, rerank oder rerank-cohere)</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="35"/>
        <source>an HTTP judge needs an endpoint URL</source>
        <translation>ein HTTP-Bewerter braucht eine Endpunkt-URL</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="38"/>
        <source>the endpoint URL must not hold credentials; name the API key&apos;s environment variable instead</source>
        <translation>die Endpunkt-URL darf keine Zugangsdaten enthalten; nennen Sie stattdessen die Umgebungsvariable des API-Schlüssels</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="65"/>
        <source>unknown judge</source>
        <translation>unbekannter Bewerter</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="85"/>
        <source>bad parameter &apos;%1&apos;</source>
        <translation>ungültiger Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="88"/>
        <source>a simulated judge needs flip or sigma</source>
        <translation>ein simulierter Bewerter braucht flip oder sigma</translation>
    </message>
</context>
<context>
    <name>tare::JudgedSelection</name>
    <message>
        <location filename="../core/refine/judgedselection.cpp" line="20"/>
        <source>Cannot judge %1 documents from the top out of %2: both must be zero or more</source>
        <translation>Kann nicht %1 Dokumente von der Spitze aus insgesamt %2 beurteilen: beide Werte müssen null oder größer sein</translation>
    </message>
</context>
<context>
    <name>tare::Keychain</name>
    <message>
        <location filename="../core/net/keychain.cpp" line="23"/>
        <source>Use an environment variable for the key instead (--api-key-env VAR, or env:VAR in the settings).</source>
        <translation>Verwenden Sie stattdessen eine Umgebungsvariable für den Schlüssel (--api-key-env VAR oder env:VAR in den Einstellungen).</translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="70"/>
        <source>the system keychain needs an application object</source>
        <translation>der Systemschlüsselbund braucht ein Anwendungsobjekt</translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="90"/>
        <source>the system keychain did not answer within two minutes. %1</source>
        <translation>der Systemschlüsselbund hat nicht innerhalb von zwei Minuten geantwortet. %1</translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="99"/>
        <source>the system keychain holds no API key under that name (store one with &apos;tare-cli key set NAME&apos; or in the settings)</source>
        <translation>der Systemschlüsselbund enthält unter diesem Namen keinen API-Schlüssel (speichern Sie einen mit &apos;tare-cli key set NAME&apos; oder in den Einstellungen)</translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="103"/>
        <source>access to the system keychain was denied (%1)</source>
        <translation>der Zugriff auf den Systemschlüsselbund wurde verweigert (%1)</translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="105"/>
        <source>no system keychain is available: no Secret Service (GNOME Keyring, KWallet, KeePassXC) answers on the D-Bus session bus. %1</source>
        <translation>kein Systemschlüsselbund verfügbar: kein Secret Service (GNOME Keyring, KWallet, KeePassXC) antwortet auf dem D-Bus-Sitzungsbus. %1</translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="112"/>
        <source>the system keychain could not be used: %1. A Secret Service (GNOME Keyring, KWallet, KeePassXC) must run on the D-Bus session bus. %2</source>
        <translation>der Systemschlüsselbund ist nicht nutzbar: %1. Ein Secret Service (GNOME Keyring, KWallet, KeePassXC) muss auf dem D-Bus-Sitzungsbus laufen. %2</translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="114"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="137"/>
        <source>a keychain entry name has 1 to 64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation>ein Schlüsselbund-Eintragsname hat 1 bis 64 Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; oder &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="153"/>
        <source>the system keychain entry for the API key is empty</source>
        <translation>der Schlüsselbund-Eintrag für den API-Schlüssel ist leer</translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="161"/>
        <source>an empty API key cannot be stored</source>
        <translation>ein leerer API-Schlüssel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/net/keychain.cpp" line="189"/>
        <source>this build of Tare has no system keychain support (QtKeychain was not found when it was built). %1</source>
        <translation>dieser Build von Tare unterstützt keinen Systemschlüsselbund (QtKeychain fehlte beim Bauen). %1</translation>
    </message>
</context>
<context>
    <name>tare::KlAdamRefiner</name>
    <message>
        <location filename="../core/refine/klrefiner.cpp" line="21"/>
        <source>The number of steps must not be negative (%1)</source>
        <translation>Die Anzahl der Schritte darf nicht negativ sein (%1)</translation>
    </message>
</context>
<context>
    <name>tare::LineReader</name>
    <message>
        <location filename="../core/io/linereader.cpp" line="22"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/io/linereader.cpp" line="43"/>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
</context>
<context>
    <name>tare::LlmJudge</name>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="30"/>
        <source>the LLM judge needs an endpoint URL</source>
        <translation>der LLM-Bewerter braucht eine Endpunkt-URL</translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="32"/>
        <source>the LLM judge needs a model name</source>
        <translation>der LLM-Bewerter braucht einen Modellnamen</translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="213"/>
        <source>the reply was withheld by the provider&apos;s content filter</source>
        <translation>die Antwort wurde vom Inhaltsfilter des Anbieters zurückgehalten</translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="223"/>
        <source>the reply holds no rating from 0 to 100: %1</source>
        <translation>die Antwort enthält keine Bewertung von 0 bis 100: %1</translation>
    </message>
</context>
<context>
    <name>tare::LsaModel</name>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="45"/>
        <source>the LSA dimension must be at least 1, not %1</source>
        <translation>die LSA-Dimension muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="48"/>
        <source>oversampling (%1) and power iterations (%2) must not be negative</source>
        <translation>Oversampling (%1) und Potenziterationen (%2) dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="53"/>
        <source>min_df (%1) and the minimum token length (%2) must be at least 1, max_features (%3) not negative</source>
        <translation>min_df (%1) und die minimale Tokenlänge (%2) müssen mindestens 1 sein, max_features (%3) darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="62"/>
        <source>Not a valid Tare LSA model: %1</source>
        <translation>Kein gültiges Tare-LSA-Modell: %1</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="83"/>
        <source>Fitting the LSA model was cancelled</source>
        <translation>Das Anpassen des LSA-Modells wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/embed/lsamodel.cpp" line="92"/>
        <source>The %n document(s) contain no terms to build an LSA model from</source>
        <translation>
            <numerusform>Das %n Dokument enthält keine Terme, aus denen sich ein LSA-Modell bilden ließe</numerusform>
            <numerusform>Die %n Dokumente enthalten keine Terme, aus denen sich ein LSA-Modell bilden ließe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="104"/>
        <source>TF-IDF</source>
        <translation>TF-IDF</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="121"/>
        <source>The LSA model has not been fitted</source>
        <translation>Das LSA-Modell wurde nicht angepasst</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="147"/>
        <source>Cannot explain a vector of length %1 with an LSA model of dimension %2</source>
        <translation>Kann einen Vektor der Länge %1 nicht mit einem LSA-Modell der Dimension %2 erklären</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="151"/>
        <source>The number of terms to explain must not be negative</source>
        <translation>Die Anzahl der zu erklärenden Terme darf nicht negativ sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/embed/lsamodel.cpp" line="221"/>
        <source>only %n byte(s)</source>
        <translation>
            <numerusform>nur %n Byte</numerusform>
            <numerusform>nur %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="223"/>
        <source>bad magic</source>
        <translation>ungültige Magic-Bytes</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="236"/>
        <source>unsupported format version %1 (this Tare reads version %2)</source>
        <translation>nicht unterstützte Formatversion %1 (dieses Tare liest Version %2)</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="244"/>
        <source>checksum mismatch (the data is damaged or truncated)</source>
        <translation>Prüfsumme stimmt nicht (die Daten sind beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="250"/>
        <location filename="../core/embed/lsamodel.cpp" line="283"/>
        <source>truncated %1</source>
        <translation>%1 abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="259"/>
        <source>header</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="271"/>
        <source>bad stop-word flag</source>
        <translation>ungültiges Stoppwort-Flag</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="279"/>
        <source>inconsistent sizes (%1 terms, dimension %2, %3 documents)</source>
        <translation>inkonsistente Größen (%1 Terme, Dimension %2, %3 Dokumente)</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="283"/>
        <location filename="../core/embed/lsamodel.cpp" line="298"/>
        <source>model data</source>
        <translation>Modelldaten</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="291"/>
        <source>term %1 has an impossible length %2</source>
        <translation>Term %1 hat eine unmögliche Länge %2</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="292"/>
        <source>vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="312"/>
        <source>unexpected data after the projection</source>
        <translation>unerwartete Daten nach der Projektion</translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="315"/>
        <source>non-finite or negative numbers</source>
        <translation>nicht endliche oder negative Zahlen</translation>
    </message>
</context>
<context>
    <name>tare::LsaSpaceBuilder</name>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="63"/>
        <source>embedding cancelled; nothing was stored</source>
        <translation>Einbettung abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="69"/>
        <source>embedding documents</source>
        <translation>Dokumente werden eingebettet</translation>
    </message>
</context>
<context>
    <name>tare::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="90"/>
        <source>Dataset %1 · space %2 · %n query(s)</source>
        <translation>
            <numerusform>Datensatz %1 · Raum %2 · %n Anfrage</numerusform>
            <numerusform>Datensatz %1 · Raum %2 · %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="141"/>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="142"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>Run dashboard</source>
        <translation>Lauf-Dashboard</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="144"/>
        <source>Query inspector</source>
        <translation>Anfrage-Inspektor</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>Trajectory</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="151"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="152"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="155"/>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="156"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="162"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>Open &amp;Sample Project</source>
        <translation>Beispiel&amp;projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="167"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="171"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="192"/>
        <source>Re-refined query stored in run %1</source>
        <translation>Neu verfeinerte Anfrage in Lauf %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="340"/>
        <location filename="../app/mainwindow.cpp" line="374"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="340"/>
        <source>Open a project with a run (or show an experiment) first.</source>
        <translation>Öffnen Sie zuerst ein Projekt mit einem Lauf (oder zeigen Sie ein Experiment an).</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="343"/>
        <source>experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="343"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="345"/>
        <source>Export Report of %1</source>
        <translation>Bericht von %1 exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="346"/>
        <source>HTML page (*.html);;Markdown (*.md);;CSV (*.csv)</source>
        <translation>HTML-Seite (*.html);;Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="353"/>
        <source>Writing the report of %1…</source>
        <translation>Bericht von %1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="372"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="195"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="217"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="217"/>
        <source>Tare projects (*.tare);;All files (*)</source>
        <translation>Tare-Projekte (*.tare);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="224"/>
        <location filename="../app/mainwindow.cpp" line="226"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="225"/>
        <source>Opening %1 (the first start fits the built-in embedder)…</source>
        <translation>%1 wird geöffnet (beim ersten Start wird der eingebaute Einbetter angepasst)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="227"/>
        <source>Opening the project…</source>
        <translation>Projekt wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="235"/>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="258"/>
        <source>Showing run %1, finished</source>
        <translation>Lauf %1 wird angezeigt, beendet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="259"/>
        <source>Showing run %1, %2</source>
        <translation>Lauf %1 wird angezeigt, %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="269"/>
        <source>This project has no embedding space to run.</source>
        <translation>Dieses Projekt hat keinen Einbettungsraum für einen Lauf.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="272"/>
        <source>%1 — Tare</source>
        <translation>%1 — Tare</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="273"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="285"/>
        <source>Run %1 started</source>
        <translation>Lauf %1 gestartet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="289"/>
        <source>Run %1 finished</source>
        <translation>Lauf %1 beendet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="290"/>
        <source>Run %1 cancelled</source>
        <translation>Lauf %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="297"/>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tare::MarkdownReport</name>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="25"/>
        <source>item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="25"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="52"/>
        <source>Tare report: run %1</source>
        <translation>Tare-Bericht: Lauf %1</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="53"/>
        <source>%1 · %2 · judge %3 · refiner %4</source>
        <translation>%1 · %2 · Bewerter %3 · Verfeinerer %4</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="55"/>
        <location filename="../core/report/markdownreport.cpp" line="148"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="56"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="60"/>
        <source>mean over queries</source>
        <translation>Mittel über Anfragen</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="60"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="60"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="60"/>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="71"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="73"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="73"/>
        <source>AP before</source>
        <translation>AP vorher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="73"/>
        <source>AP after</source>
        <translation>AP nachher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="73"/>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="73"/>
        <source>nDCG@10 before</source>
        <translation>nDCG@10 vorher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="73"/>
        <source>nDCG@10 after</source>
        <translation>nDCG@10 nachher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="74"/>
        <source>judged relevant</source>
        <translation>als relevant bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="74"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="78"/>
        <source>Explanations</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="83"/>
        <source>Most influential judged documents (ΔAP contribution = AP − AP refined without it; pull &gt; 0: towards it):</source>
        <translation>Einflussreichste bewertete Dokumente (ΔAP-Beitrag = AP − AP ohne es verfeinert; Anziehung &gt; 0: zu ihm hin):</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="89"/>
        <source>- %1 (gold %2, judge %3): ΔAP %4, pull %5 (%6 of all pull/push)
</source>
        <translation>- %1 (Gold %2, Bewerter %3): ΔAP %4, Anziehung %5 (%6 aller Anziehung/Abstoßung)
</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="92"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="96"/>
        <source>- %1: %2 relevant of %3 documents, %4 rose, %5 fell; AP part %6 → %7 (%8)
</source>
        <translation>- %1: %2 relevante von %3 Dokumenten, %4 gestiegen, %5 gefallen; AP-Teil %6 → %7 (%8)
</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="104"/>
        <source>Rank movers:</source>
        <translation>Rangveränderungen:</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="104"/>
        <source>judged</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="105"/>
        <source>never judged</source>
        <translation>nie bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="111"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="113"/>
        <source>Terms gained: %1</source>
        <translation>Gewonnene Terme: %1</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="114"/>
        <source>Terms lost: %1</source>
        <translation>Verlorene Terme: %1</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>Drift after %1 steps: ‖q − q₀‖ = %2, cos = %3</source>
        <translation>Drift nach %1 Schritten: ‖q − q₀‖ = %2, cos = %3</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="121"/>
        <source>; overshoot after step %1 (AP %2 → %3)</source>
        <translation>; Überschießen nach Schritt %1 (AP %2 → %3)</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="130"/>
        <source>Failure triage</source>
        <translation>Fehlertriage</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="132"/>
        <source>No query got worse.</source>
        <translation>Keine Anfrage wurde schlechter.</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="138"/>
        <source>no reason found</source>
        <translation>kein Grund gefunden</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="147"/>
        <source>Tare report: experiment %1 (%2)</source>
        <translation>Tare-Bericht: Experiment %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tare::MethodComparison</name>
    <message>
        <location filename="../core/experiment/methodcomparison.cpp" line="43"/>
        <source>unknown method &apos;%1&apos; (%2)</source>
        <translation>unbekannte Methode &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methodcomparison.cpp" line="46"/>
        <source>method &apos;%1&apos; needs a HyDE space (make one with &apos;tare-cli hyde&apos;)</source>
        <translation>Methode &apos;%1&apos; braucht einen HyDE-Raum (legen Sie einen mit &apos;tare-cli hyde&apos; an)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methodcomparison.cpp" line="96"/>
        <source>a method comparison without its &apos;none&apos; run</source>
        <translation>ein Methodenvergleich ohne seinen Lauf &apos;none&apos;</translation>
    </message>
</context>
<context>
    <name>tare::MethodComparisonModel</name>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="39"/>
        <source>&lt; 0.001</source>
        <translation>&lt; 0.001</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="111"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="113"/>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="115"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="117"/>
        <source>ΔMAP vs none</source>
        <translation>ΔMAP ggü. none</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="119"/>
        <source>W / T / L</source>
        <translation>S / U / N</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="121"/>
        <source>t-test p</source>
        <translation>t-Test p</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="123"/>
        <source>Randomization p</source>
        <translation>Randomisierung p</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="125"/>
        <source>95% CI of Δ</source>
        <translation>95-%-KI von Δ</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="133"/>
        <source>Mean per-query ΔAP of the method against the unrefined ranking (&quot;none&quot;) on the same queries.</source>
        <translation>Mittleres ΔAP je Anfrage der Methode gegenüber dem unverfeinerten Ranking (&quot;none&quot;) auf denselben Anfragen.</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="135"/>
        <source>Queries where the method&apos;s AP is higher / equal / lower than without refinement.</source>
        <translation>Anfragen, bei denen die AP der Methode höher (S) / gleich (U) / niedriger (N) ist als ohne Verfeinerung.</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="138"/>
        <source>Two-sided p-value of no mean difference against &quot;none&quot; (paired).</source>
        <translation>Zweiseitiger p-Wert für keinen mittleren Unterschied gegenüber &quot;none&quot; (gepaart).</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="140"/>
        <source>95% bootstrap confidence interval of the mean Δ over queries.</source>
        <translation>95-%-Bootstrap-Konfidenzintervall des mittleren Δ über die Anfragen.</translation>
    </message>
</context>
<context>
    <name>tare::NpyReader</name>
    <message>
        <location filename="../core/io/npyfile.cpp" line="32"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="35"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="38"/>
        <source>not a NumPy .npy file (bad magic)</source>
        <translation>keine NumPy-.npy-Datei (ungültige Magic-Bytes)</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="41"/>
        <source>unsupported .npy format version %1.%2</source>
        <translation>nicht unterstützte .npy-Formatversion %1.%2</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="46"/>
        <location filename="../core/io/npyfile.cpp" line="51"/>
        <location filename="../core/io/npyfile.cpp" line="58"/>
        <source>truncated header</source>
        <translation>abgeschnittener Kopf</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="55"/>
        <source>header of %1 bytes is implausibly large</source>
        <translation>Kopf von %1 Bytes ist unplausibel groß</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="68"/>
        <source>malformed header: %1</source>
        <translation>fehlerhafter Kopf: %1</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="75"/>
        <source>unsupported dtype &apos;%1&apos; (Tare reads little-endian float32 &apos;&lt;f4&apos; or float16 &apos;&lt;f2&apos;)</source>
        <translation>nicht unterstützter dtype &apos;%1&apos; (Tare liest Little-Endian-float32 &apos;&lt;f4&apos; oder float16 &apos;&lt;f2&apos;)</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="77"/>
        <source>Fortran-ordered arrays are not supported; save with C order (numpy.ascontiguousarray)</source>
        <translation>Arrays in Fortran-Reihenfolge werden nicht unterstützt; in C-Reihenfolge speichern (numpy.ascontiguousarray)</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="83"/>
        <source>expected a 2-D array (rows, dimension), found shape (%1)</source>
        <translation>2-D-Array (Zeilen, Dimension) erwartet, Form (%1) gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="88"/>
        <source>unsupported shape (%1): the dimension must be 1..65536</source>
        <translation>nicht unterstützte Form (%1): die Dimension muss 1..65536 sein</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="94"/>
        <source>the file has %1 bytes of data but its header promises %2 rows of %3 bytes</source>
        <translation>die Datei hat %1 Bytes Daten, ihr Kopf verspricht aber %2 Zeilen zu je %3 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="106"/>
        <source>%1: read error at row %2</source>
        <translation>%1: Lesefehler in Zeile %2</translation>
    </message>
</context>
<context>
    <name>tare::NpyWriter</name>
    <message>
        <location filename="../core/io/npyfile.cpp" line="127"/>
        <location filename="../core/io/npyfile.cpp" line="157"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="154"/>
        <source>%1: wrote %2 rows of %3</source>
        <translation>%1: %2 von %3 Zeilen geschrieben</translation>
    </message>
</context>
<context>
    <name>tare::OpenAiEmbedder</name>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="19"/>
        <source>the embeddings client needs an endpoint URL</source>
        <translation>der Embeddings-Client braucht eine Endpunkt-URL</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="21"/>
        <source>the embeddings client needs a model name</source>
        <translation>der Embeddings-Client braucht einen Modellnamen</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="78"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="100"/>
        <source>embedding texts %1–%2 failed: %3</source>
        <translation>Einbetten der Texte %1–%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="107"/>
        <source>embedding texts %1–%2: %3</source>
        <translation>Einbetten der Texte %1–%2: %3</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="113"/>
        <source>the model returned %1-dimensional vectors, the space has %2</source>
        <translation>das Modell lieferte %1-dimensionale Vektoren, der Raum hat %2</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="121"/>
        <source>embedding</source>
        <translation>Einbettung</translation>
    </message>
</context>
<context>
    <name>tare::OpenAiWire</name>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="29"/>
        <source>the response is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2 von %3)</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="44"/>
        <source>the server returned an error: %1</source>
        <translation>der Server meldete einen Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="89"/>
        <source>the chat completion is not a JSON object</source>
        <translation>die Chat-Completion ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="94"/>
        <source>the chat completion has no &apos;choices&apos;</source>
        <translation>die Chat-Completion hat keine &apos;choices&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="98"/>
        <source>the chat completion has no &apos;choices[0].message&apos;</source>
        <translation>die Chat-Completion hat keine &apos;choices[0].message&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="117"/>
        <source>logprobs.content[%1].top_logprobs has an entry without token or logprob</source>
        <translation>logprobs.content[%1].top_logprobs hat einen Eintrag ohne token oder logprob</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="180"/>
        <source>&apos;yes&apos; and &apos;no&apos; have a probability of %1 among the top tokens, not above 1e-4 (reply: %2)</source>
        <translation>&apos;yes&apos; und &apos;no&apos; haben unter den Top-Tokens eine Wahrscheinlichkeit von %1, nicht über 1e-4 (Antwort: %2)</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="199"/>
        <source>the reply has no logprobs and no text</source>
        <translation>die Antwort hat weder logprobs noch Text</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="200"/>
        <source>the reply has no logprobs and does not start with yes or no: %1</source>
        <translation>die Antwort hat keine logprobs und beginnt nicht mit yes oder no: %1</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="238"/>
        <source>the embeddings response is not a JSON object</source>
        <translation>die Embeddings-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="242"/>
        <source>the embeddings response has no &apos;data&apos; list</source>
        <translation>die Embeddings-Antwort hat keine &apos;data&apos;-Liste</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="245"/>
        <source>the server returned %1 embeddings for %2 inputs</source>
        <translation>der Server lieferte %1 Einbettungen für %2 Eingaben</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="255"/>
        <source>data[%1].index is %2: out of range or repeated</source>
        <translation>data[%1].index ist %2: außerhalb des Bereichs oder wiederholt</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="263"/>
        <source>data[%1].embedding holds a value that is not a number</source>
        <translation>data[%1].embedding enthält einen Wert, der keine Zahl ist</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="270"/>
        <source>data[%1].embedding is base64 of %2 bytes, not whole floats</source>
        <translation>data[%1].embedding ist Base64 von %2 Bytes, keine ganze Zahl von Floats</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="275"/>
        <source>data[%1] has no &apos;embedding&apos;</source>
        <translation>data[%1] hat kein &apos;embedding&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="278"/>
        <source>data[%1].embedding is empty</source>
        <translation>data[%1].embedding ist leer</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="282"/>
        <source>data[%1].embedding has %2 dimensions, the others %3</source>
        <translation>data[%1].embedding hat %2 Dimensionen, die anderen %3</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="319"/>
        <source>the rerank response is neither a list nor an object with &apos;results&apos;</source>
        <translation>die Rerank-Antwort ist weder eine Liste noch ein Objekt mit &apos;results&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="328"/>
        <source>result %1 has index %2: out of range or repeated</source>
        <translation>Ergebnis %1 hat Index %2: außerhalb des Bereichs oder wiederholt</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="333"/>
        <source>result %1 has no &apos;%2&apos;</source>
        <translation>Ergebnis %1 hat kein &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="338"/>
        <source>the reranker returned no score for document %1 of %2</source>
        <translation>der Reranker lieferte keinen Score für Dokument %1 von %2</translation>
    </message>
</context>
<context>
    <name>tare::OutputFile</name>
    <message>
        <location filename="../core/run/runexporter.cpp" line="36"/>
        <location filename="../core/run/runexporter.cpp" line="42"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>tare::ProjectExporter</name>
    <message>
        <location filename="../core/io/projectexporter.cpp" line="24"/>
        <location filename="../core/io/projectexporter.cpp" line="30"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../core/io/projectexporter.cpp" line="62"/>
        <source>no embedding space with id %1</source>
        <translation>kein Einbettungsraum mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::ProjectOverviewWidget</name>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="51"/>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/projectoverviewwidget.cpp" line="54"/>
        <source>%1 — %n dataset(s), %2 run(s), %3 judgment(s)</source>
        <translation>
            <numerusform>%1 — %n Datensatz, Läufe: %2, Urteile: %3</numerusform>
            <numerusform>%1 — %n Datensätze, Läufe: %2, Urteile: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::ProjectStore</name>
    <message>
        <location filename="../core/db/projectstore.cpp" line="76"/>
        <source>; the file was not changed</source>
        <translation>; die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="82"/>
        <source>%1: not a valid Tare project: the table &apos;%2&apos; is missing (damaged, or written by another program)%3</source>
        <translation>%1: kein gültiges Tare-Projekt: die Tabelle &apos;%2&apos; fehlt (beschädigt oder von einem anderen Programm geschrieben)%3</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="88"/>
        <source>%1: not a valid Tare project: the table &apos;%2&apos; has no column &apos;%3&apos; (damaged, or written by another program)%4</source>
        <translation>%1: kein gültiges Tare-Projekt: die Tabelle &apos;%2&apos; hat keine Spalte &apos;%3&apos; (beschädigt oder von einem anderen Programm geschrieben)%4</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="103"/>
        <source>%1: no such project file</source>
        <translation>%1: Projektdatei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="105"/>
        <source>%1: is a folder, not a project file</source>
        <translation>%1: ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="111"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="113"/>
        <source>%1: not a Tare project (not an SQLite database)</source>
        <translation>%1: kein Tare-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="132"/>
        <source>%1: not a Tare project (an SQLite database of another program)</source>
        <translation>%1: kein Tare-Projekt (eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="135"/>
        <source>%1: written by a newer Tare (project schema %2; this build reads up to %3); the file was not changed</source>
        <translation>%1: von einem neueren Tare geschrieben (Projektschema %2; dieser Build liest bis %3); die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="143"/>
        <source>%1: not a valid Tare project (schema version %2); the file was not changed</source>
        <translation>%1: kein gültiges Tare-Projekt (Schemaversion %2); die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="156"/>
        <source>%1: cannot upgrade the project from schema %2 (damaged?): %3</source>
        <translation>%1: das Projekt kann nicht von Schema %2 aktualisiert werden (beschädigt?): %3</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="186"/>
        <source>a dataset named &apos;%1&apos; already exists in %2</source>
        <translation>ein Datensatz namens &apos;%1&apos; existiert bereits in %2</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="336"/>
        <source>embedding dimension %1 is out of range (1..65536)</source>
        <translation>Einbettungsdimension %1 liegt außerhalb des Bereichs (1..65536)</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="338"/>
        <source>an embedding space named &apos;%1&apos; already exists</source>
        <translation>ein Einbettungsraum namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="353"/>
        <source>no dataset with id %1</source>
        <translation>kein Datensatz mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="356"/>
        <source>dataset &apos;%1&apos; already has a space named &apos;%2&apos;</source>
        <translation>Datensatz &apos;%1&apos; hat bereits einen Raum namens &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="415"/>
        <source>no embedding space with id %1</source>
        <translation>kein Einbettungsraum mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="420"/>
        <source>%1: embedding space %2 has dimension %3, outside 1..%4 (damaged project?)</source>
        <translation>%1: Einbettungsraum %2 hat Dimension %3, außerhalb von 1..%4 (Projekt beschädigt?)</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="432"/>
        <location filename="../core/db/projectstore.cpp" line="444"/>
        <source>vector of dimension %1 does not fit a space of dimension %2</source>
        <translation>Vektor der Dimension %1 passt nicht in einen Raum der Dimension %2</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="466"/>
        <location filename="../core/db/projectstore.cpp" line="643"/>
        <source>%1: a stored vector has %2 bytes, expected %3 (damaged project?)</source>
        <translation>%1: ein gespeicherter Vektor hat %2 Bytes, erwartet %3 (Projekt beschädigt?)</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="615"/>
        <source>%1: the %2 vectors of embedding space %3 hold %4 bytes, expected %5 for dimension %6 (damaged project?)</source>
        <translation>%1: die %2 Vektoren des Einbettungsraums %3 umfassen %4 Bytes, erwartet %5 für Dimension %6 (Projekt beschädigt?)</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="624"/>
        <source>%1: embedding space %2 is too large to load: %3 vectors of dimension %4 need %5 GiB (the limit is %6 GiB)</source>
        <translation>%1: Einbettungsraum %2 ist zu groß zum Laden: %3 Vektoren der Dimension %4 brauchen %5 GiB (die Grenze liegt bei %6 GiB)</translation>
    </message>
</context>
<context>
    <name>tare::ProjectSummaryModel</name>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="78"/>
        <source>%1 space, %2 dimensions</source>
        <translation>%1-Raum, %2 Dimensionen</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="98"/>
        <source>dataset, judged pool</source>
        <translation>Datensatz, beurteilter Pool</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="98"/>
        <source>dataset, whole-corpus pool</source>
        <translation>Datensatz, Pool aus ganzem Korpus</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="116"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="118"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="120"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="122"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="124"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>tare::PythonRandom</name>
    <message>
        <location filename="../core/refine/pythonrandom.cpp" line="100"/>
        <source>getrandbits: %1 bits requested, 0 to 64 supported</source>
        <translation>getrandbits: %1 Bits angefordert, 0 bis 64 unterstützt</translation>
    </message>
    <message>
        <location filename="../core/refine/pythonrandom.cpp" line="114"/>
        <source>randbelow: the bound must be positive</source>
        <translation>randbelow: die Schranke muss positiv sein</translation>
    </message>
    <message>
        <location filename="../core/refine/pythonrandom.cpp" line="127"/>
        <source>sample: cannot take %1 values from a population of %2</source>
        <translation>sample: kann nicht %1 Werte aus einer Population von %2 ziehen</translation>
    </message>
</context>
<context>
    <name>tare::QrelsImporter</name>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="65"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation>kein Datensatz namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="93"/>
        <source>import cancelled; nothing was added</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="99"/>
        <source>invalid UTF-8 at byte %1 of the line</source>
        <translation>ungültiges UTF-8 bei Byte %1 der Zeile</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="107"/>
        <source>expected 4 fields (query, iteration, document, grade), found %1</source>
        <translation>4 Felder erwartet (Anfrage, Iteration, Dokument, Grad), %1 gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="109"/>
        <source>expected 3 tab-separated fields (query-id, corpus-id, score), found %1</source>
        <translation>3 durch Tabulatoren getrennte Felder erwartet (query-id, corpus-id, score), %1 gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="116"/>
        <source>the grade &apos;%1&apos; is not an integer</source>
        <translation>der Grad &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="121"/>
        <source>unknown query id &apos;%1&apos;</source>
        <translation>unbekannte Anfrage-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="128"/>
        <source>unknown document id &apos;%1&apos;</source>
        <translation>unbekannte Dokument-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="131"/>
        <source>duplicate label for query &apos;%1&apos; and document &apos;%2&apos;</source>
        <translation>doppeltes Label für Anfrage &apos;%1&apos; und Dokument &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="143"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>tare::QueryExplainer</name>
    <message>
        <location filename="../core/explain/queryexplainer.cpp" line="20"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::QueryInspection</name>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="122"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="136"/>
        <source>run %1 has no result for query %2</source>
        <translation>Lauf %1 hat kein Ergebnis für Anfrage %2</translation>
    </message>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="155"/>
        <source>query %1 has no vector in this space</source>
        <translation>Anfrage %1 hat keinen Vektor in diesem Raum</translation>
    </message>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="158"/>
        <source>the refined vector of query %1 has the wrong dimension</source>
        <translation>der verfeinerte Vektor von Anfrage %1 hat die falsche Dimension</translation>
    </message>
</context>
<context>
    <name>tare::QueryInspectorWidget</name>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="78"/>
        <source>Scores before</source>
        <translation>Scores vorher</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="79"/>
        <source>Scores after</source>
        <translation>Scores nachher</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="80"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="81"/>
        <location filename="../widgets/queryinspectorwidget.cpp" line="285"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="88"/>
        <source>d′: distance of the class means in pooled standard deviations. KS: largest gap between the two classes&apos; score distributions. Best F1: F1 at the best score threshold. AUC: probability that a relevant document outscores an irrelevant one.</source>
        <translation>d′: Abstand der Klassenmittelwerte in gepoolten Standardabweichungen. KS: größte Lücke zwischen den Score-Verteilungen der beiden Klassen. Bestes F1: F1 beim besten Score-Schwellenwert. AUC: Wahrscheinlichkeit, dass ein relevantes Dokument einen höheren Score erzielt als ein irrelevantes.</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="99"/>
        <source>Documents that rose or fell most with the refined query. Double-click a row to read it.</source>
        <translation>Dokumente, die mit der verfeinerten Anfrage am stärksten gestiegen oder gefallen sind. Doppelklick auf eine Zeile zeigt den Text.</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="124"/>
        <source>Rank movers</source>
        <translation>Rangveränderungen</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="134"/>
        <source>Select a query in the run dashboard&apos;s table to inspect it.</source>
        <translation>Wählen Sie eine Anfrage in der Tabelle des Lauf-Dashboards aus, um sie zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="149"/>
        <source>Loading query %1 of run %2…</source>
        <translation>Anfrage %1 von Lauf %2 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="160"/>
        <source>Cannot inspect this query: %1</source>
        <translation>Diese Anfrage kann nicht untersucht werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="180"/>
        <source>Cosine score</source>
        <translation>Kosinus-Score</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="181"/>
        <source>Share of class (%)</source>
        <translation>Anteil der Klasse (%)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="190"/>
        <source>Irrelevant (%1)</source>
        <translation>Irrelevant (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="190"/>
        <source>Relevant (%1)</source>
        <translation>Relevant (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="221"/>
        <source>Query %1: %2
Run %3 · AP %4 → %5</source>
        <translation>Anfrage %1: %2
Lauf %3 · AP %4 → %5</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="226"/>
        <source>This query failed: %1</source>
        <translation>Diese Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="233"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;before&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;after&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;d′&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KS&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;best F1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;vorher&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;nachher&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;d′&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KS&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;bestes F1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="247"/>
        <source>False-positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="248"/>
        <source>True-positive rate</source>
        <translation>Richtig-positiv-Rate</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="267"/>
        <source>Before (AUC %1)</source>
        <translation>Vorher (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="268"/>
        <source>After (AUC %1)</source>
        <translation>Nachher (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="284"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="287"/>
        <source>Refinement loss</source>
        <translation>Verfeinerungsverlust</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="318"/>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="320"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="321"/>
        <source>%1

%2

Gold grade %3 · judge score %4 · rank %5 → %6</source>
        <translation>%1

%2

Gold-Stufe %3 · Bewerterwert %4 · Rang %5 → %6</translation>
    </message>
</context>
<context>
    <name>tare::QueryReplay</name>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="25"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="48"/>
        <source>run %1 has no result for query %2</source>
        <translation>Lauf %1 hat kein Ergebnis für Anfrage %2</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="51"/>
        <source>query %1 failed in run %2 (%3): nothing to replay</source>
        <translation>Anfrage %1 ist in Lauf %2 fehlgeschlagen (%3): nichts nachzuspielen</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="68"/>
        <source>query %1 has no vector in the run&apos;s embedding space</source>
        <translation>Anfrage %1 hat keinen Vektor im Einbettungsraum des Laufs</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="85"/>
        <source>run %1, query %2: judged document &apos;%3&apos; is not among the query&apos;s candidates</source>
        <translation>Lauf %1, Anfrage %2: das bewertete Dokument &apos;%3&apos; ist keiner der Kandidaten der Anfrage</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="114"/>
        <source>%1 scores given for %2 judged documents</source>
        <translation>%1 Scores für %2 bewertete Dokumente angegeben</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="123"/>
        <source>no judged document is left to refine with</source>
        <translation>es bleibt kein bewertetes Dokument zum Verfeinern übrig</translation>
    </message>
</context>
<context>
    <name>tare::QueryResultsModel</name>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="171"/>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="171"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="202"/>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="204"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="206"/>
        <source>AP before</source>
        <translation>AP vorher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="208"/>
        <source>AP after</source>
        <translation>AP nachher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="210"/>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="212"/>
        <source>AUC before</source>
        <translation>AUC vorher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="214"/>
        <source>AUC after</source>
        <translation>AUC nachher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="216"/>
        <source>Judge agreement</source>
        <translation>Übereinstimmung Bewerter</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="218"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="227"/>
        <source>Average precision: the mean of the precision at the rank of each relevant document.</source>
        <translation>Average Precision: der Mittelwert der Präzision am Rang jedes relevanten Dokuments.</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="229"/>
        <source>AP after refinement minus AP before; positive means the refined query ranks better.</source>
        <translation>AP nach der Verfeinerung minus AP davor; positiv heißt, die verfeinerte Anfrage rankt besser.</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="232"/>
        <source>ROC AUC: the probability that a random relevant document outscores a random irrelevant one.</source>
        <translation>ROC-AUC: die Wahrscheinlichkeit, dass ein zufälliges relevantes Dokument einen höheren Score erzielt als ein zufälliges irrelevantes.</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="234"/>
        <source>Share of the judged documents where the judge (score ≥ 0.5) agrees with the gold label.</source>
        <translation>Anteil der bewerteten Dokumente, bei denen der Bewerter (Wert ≥ 0,5) mit dem Gold-Label übereinstimmt.</translation>
    </message>
</context>
<context>
    <name>tare::RandomizedSvd</name>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="86"/>
        <source>The SVD was cancelled</source>
        <translation>Die SVD wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="96"/>
        <source>randomized SVD: rank %1, oversampling %2 and power iterations %3 must not be negative</source>
        <translation>randomisierte SVD: Rang %1, Oversampling %2 und Potenziterationen %3 dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="122"/>
        <source>randomized SVD: the matrix holds a non-finite value at (%1, %2)</source>
        <translation>randomisierte SVD: die Matrix enthält einen nicht endlichen Wert bei (%1, %2)</translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="147"/>
        <source>randomized SVD</source>
        <translation>randomisierte SVD</translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="188"/>
        <source>randomized SVD: the eigensolver did not converge</source>
        <translation>randomisierte SVD: der Eigenwertlöser konvergierte nicht</translation>
    </message>
</context>
<context>
    <name>tare::RankMoversModel</name>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="37"/>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="37"/>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="46"/>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="47"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="57"/>
        <source>Double-click to read the whole text.</source>
        <translation>Doppelklick zeigt den ganzen Text.</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="70"/>
        <source>Moved</source>
        <translation>Bewegt</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="72"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="74"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="76"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="78"/>
        <source>Judge score</source>
        <translation>Bewerterwert</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="80"/>
        <source>Rank before</source>
        <translation>Rang vorher</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="82"/>
        <source>Rank after</source>
        <translation>Rang nachher</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="88"/>
        <source>How many places the document rose (▲) or fell (▼) with the refined query.</source>
        <translation>Um wie viele Plätze das Dokument mit der verfeinerten Anfrage gestiegen (▲) oder gefallen (▼) ist.</translation>
    </message>
</context>
<context>
    <name>tare::Refiner</name>
    <message>
        <location filename="../core/refine/refiner.cpp" line="25"/>
        <source>Refinement needs one judge score per judged document (%1 documents, %2 scores)</source>
        <translation>Die Verfeinerung braucht einen Bewerter-Score je beurteiltem Dokument (%1 Dokumente, %2 Scores)</translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="30"/>
        <source>The judged documents have dimension %1 but the query has %2</source>
        <translation>Die beurteilten Dokumente haben Dimension %1, die Anfrage aber %2</translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="34"/>
        <source>Cannot refine an empty query vector</source>
        <translation>Ein leerer Anfragevektor kann nicht verfeinert werden</translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="36"/>
        <source>Cannot refine a query without judged documents</source>
        <translation>Eine Anfrage ohne beurteilte Dokumente kann nicht verfeinert werden</translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="38"/>
        <source>The query vector contains NaN or infinite values</source>
        <translation>Der Anfragevektor enthält NaN- oder unendliche Werte</translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="40"/>
        <source>A judged document vector contains NaN or infinite values</source>
        <translation>Ein beurteilter Dokumentvektor enthält NaN- oder unendliche Werte</translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="42"/>
        <source>A judge score is NaN or infinite</source>
        <translation>Ein Bewerter-Score ist NaN oder unendlich</translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="48"/>
        <source>Refinement cancelled</source>
        <translation>Verfeinerung abgebrochen</translation>
    </message>
</context>
<context>
    <name>tare::RefinerFactory</name>
    <message>
        <location filename="../core/refine/refinerfactory.cpp" line="31"/>
        <source>Unknown refiner &quot;%1&quot;; known refiners: %2</source>
        <translation>Unbekannter Verfeinerer &quot;%1&quot;; bekannte Verfeinerer: %2</translation>
    </message>
</context>
<context>
    <name>tare::RemoteSpaceBuilder</name>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="65"/>
        <location filename="../core/embed/remotespacebuilder.cpp" line="83"/>
        <source>embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="68"/>
        <source>embedding cancelled; the vectors fetched so far are cached</source>
        <translation>Einbettung abgebrochen; die bisher abgerufenen Vektoren sind zwischengespeichert</translation>
    </message>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="91"/>
        <source>the embedder returned %1-dimensional vectors where %2 were expected</source>
        <translation>der Einbetter lieferte %1-dimensionale Vektoren, erwartet waren %2</translation>
    </message>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="127"/>
        <source>dataset &apos;%1&apos; has no documents or queries to embed</source>
        <translation>Datensatz &apos;%1&apos; hat keine Dokumente oder Anfragen zum Einbetten</translation>
    </message>
</context>
<context>
    <name>tare::ReportCharts</name>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="21"/>
        <source>AP during refinement</source>
        <translation>AP während der Verfeinerung</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="22"/>
        <location filename="../core/report/reportcharts.cpp" line="112"/>
        <source>refinement step</source>
        <translation>Verfeinerungsschritt</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="23"/>
        <source>average precision (AP)</source>
        <translation>Average Precision (AP)</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="37"/>
        <source>each query</source>
        <translation>jede Anfrage</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="40"/>
        <source>mean AP (MAP)</source>
        <translation>mittlere AP (MAP)</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="57"/>
        <source>ΔAP per query, sorted</source>
        <translation>ΔAP je Anfrage, sortiert</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="58"/>
        <source>query (sorted by ΔAP, largest gain first)</source>
        <translation>Anfrage (nach ΔAP sortiert, größter Gewinn zuerst)</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="60"/>
        <source>ΔAP = AP after − AP before</source>
        <translation>ΔAP = AP nachher − AP vorher</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="61"/>
        <source>gain</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="61"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="91"/>
        <source>cosine similarity to the query</source>
        <translation>Kosinus-Ähnlichkeit zur Anfrage</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="92"/>
        <source>share of the group (%)</source>
        <translation>Anteil der Gruppe (%)</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="98"/>
        <source>irrelevant</source>
        <translation>irrelevant</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="99"/>
        <source>relevant</source>
        <translation>relevant</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="103"/>
        <source>%1: before (AP %2)</source>
        <translation>%1: vorher (AP %2)</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="105"/>
        <source>%1: after (AP %2)</source>
        <translation>%1: nachher (AP %2)</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="111"/>
        <source>Drift of the explained queries</source>
        <translation>Drift der erklärten Anfragen</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="113"/>
        <source>cos(q_t, q_0)</source>
        <translation>cos(q_t, q_0)</translation>
    </message>
</context>
<context>
    <name>tare::ReportWriter</name>
    <message>
        <location filename="../core/report/reportwriter.cpp" line="65"/>
        <location filename="../core/report/reportwriter.cpp" line="68"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>tare::RerankJudge</name>
    <message>
        <location filename="../core/judge/rerankjudge.cpp" line="20"/>
        <source>the reranker judge needs an endpoint URL</source>
        <translation>der Reranker-Bewerter braucht eine Endpunkt-URL</translation>
    </message>
    <message>
        <location filename="../core/judge/rerankjudge.cpp" line="22"/>
        <source>the reranker judge needs a model name</source>
        <translation>der Reranker-Bewerter braucht einen Modellnamen</translation>
    </message>
</context>
<context>
    <name>tare::RerankOnly</name>
    <message>
        <location filename="../core/experiment/rerankonly.cpp" line="43"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::RunComparison</name>
    <message>
        <location filename="../core/models/runcomparison.cpp" line="24"/>
        <source>Run %1 · %2 · %3 · %4</source>
        <translation>Lauf %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../core/models/runcomparison.cpp" line="31"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit der ID %1</translation>
    </message>
    <message>
        <location filename="../core/models/runcomparison.cpp" line="98"/>
        <source>%1, after refinement</source>
        <translation>%1, nach der Verfeinerung</translation>
    </message>
    <message>
        <location filename="../core/models/runcomparison.cpp" line="99"/>
        <source>%1, before refinement</source>
        <translation>%1, vor der Verfeinerung</translation>
    </message>
</context>
<context>
    <name>tare::RunDashboardWidget</name>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="91"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="92"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="93"/>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="105"/>
        <source>Gold labels</source>
        <translation>Gold-Labels</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="106"/>
        <source>Simulated, 20% flipped</source>
        <translation>Simuliert, 20% vertauscht</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="107"/>
        <source>LLM yes/no</source>
        <translation>LLM Ja/Nein</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="108"/>
        <source>LLM rating 0–100</source>
        <translation>LLM-Bewertung 0–100</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="109"/>
        <source>Reranker (TEI)</source>
        <translation>Reranker (TEI)</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="110"/>
        <source>Reranker (Cohere-compatible)</source>
        <translation>Reranker (Cohere-kompatibel)</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="111"/>
        <source>Who judges the selected documents: the dataset&apos;s gold labels, a simulated judge that flips 20% of them, or a model over HTTP (endpoint and model in Settings).</source>
        <translation>Wer die ausgewählten Dokumente beurteilt: die Gold-Labels des Datensatzes, ein simulierter Bewerter, der 20% davon vertauscht, oder ein Modell über HTTP (Endpunkt und Modell in den Einstellungen).</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="114"/>
        <source>KL-Adam</source>
        <translation>KL-Adam</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="115"/>
        <source>ReFIT</source>
        <translation>ReFIT</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="116"/>
        <source>Rocchio</source>
        <translation>Rocchio</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="117"/>
        <source>None (baseline)</source>
        <translation>Keiner (Basislinie)</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="118"/>
        <source>How the query vector is refined from the judgments.</source>
        <translation>Wie der Anfragevektor aus den Urteilen verfeinert wird.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="122"/>
        <source>Number of optimisation steps per query.</source>
        <translation>Anzahl der Optimierungsschritte je Anfrage.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="127"/>
        <source>Adam learning rate.</source>
        <translation>Adam-Lernrate.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="131"/>
        <source>Run the refinement over every query of the dataset (F5)</source>
        <translation>Die Verfeinerung über alle Anfragen des Datensatzes ausführen (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="133"/>
        <source>Pause after the current step; press again to continue</source>
        <translation>Nach dem aktuellen Schritt pausieren; erneut drücken zum Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="134"/>
        <source>Stop the run; finished queries are kept</source>
        <translation>Den Lauf stoppen; beendete Anfragen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="143"/>
        <source>&amp;Judge:</source>
        <translation>&amp;Bewerter:</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="144"/>
        <source>Re&amp;finer:</source>
        <translation>&amp;Verfeinerer:</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="145"/>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="146"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="159"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="162"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="169"/>
        <source>Mean AP</source>
        <translation>Mittlere AP</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="185"/>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="196"/>
        <source>Filter queries…</source>
        <translation>Anfragen filtern…</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="236"/>
        <location filename="../widgets/rundashboardwidget.cpp" line="369"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="246"/>
        <source>No embedding space to run.</source>
        <translation>Kein Einbettungsraum für einen Lauf.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="261"/>
        <source>Run finished.</source>
        <translation>Lauf beendet.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="261"/>
        <source>Run cancelled; finished queries are kept.</source>
        <translation>Lauf abgebrochen; beendete Anfragen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="263"/>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="300"/>
        <source>Needs an endpoint and a judge model: set them in Settings (Ctrl+,).</source>
        <translation>Benötigt einen Endpunkt und ein Bewertungsmodell: in den Einstellungen festlegen (Strg+,).</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="302"/>
        <source>Needs an endpoint: set it in Settings (Ctrl+,).</source>
        <translation>Benötigt einen Endpunkt: in den Einstellungen festlegen (Strg+,).</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="304"/>
        <source>Needs a judge model: set it in Settings (Ctrl+,).</source>
        <translation>Benötigt ein Bewertungsmodell: in den Einstellungen festlegen (Strg+,).</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="307"/>
        <source>Judged by %1 at %2.</source>
        <translation>Bewertet von %1 unter %2.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="307"/>
        <source>Judged by the reranker at %1.</source>
        <translation>Bewertet vom Reranker unter %1.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="349"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="356"/>
        <source>%v of %m queries</source>
        <translation>%v von %m Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="372"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="374"/>
        <source>estimating time left…</source>
        <translation>verbleibende Zeit wird geschätzt…</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="461"/>
        <source>Each query</source>
        <translation>Jede Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="480"/>
        <source>Min–max over queries</source>
        <translation>Min.–Max. über Anfragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rundashboardwidget.cpp" line="541"/>
        <source>Mean AP %1 → %2 over %n query(s)</source>
        <translation>
            <numerusform>Mittlere AP %1 → %2 über %n Anfrage</numerusform>
            <numerusform>Mittlere AP %1 → %2 über %n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::RunEngine</name>
    <message numerus="yes">
        <location filename="../core/run/runengine.cpp" line="127"/>
        <source>the judge scored none of the %n selected document(s)</source>
        <translation>
            <numerusform>der Bewerter hat das %n ausgewählte Dokument nicht bewertet</numerusform>
            <numerusform>der Bewerter hat keines der %n ausgewählten Dokumente bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/judgmentprefetch.cpp" line="31"/>
        <location filename="../core/run/runengine.cpp" line="171"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="260"/>
        <source>no dataset with id %1</source>
        <translation>kein Datensatz mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="263"/>
        <source>no embedding space with id %1 in dataset &apos;%2&apos;</source>
        <translation>kein Einbettungsraum mit ID %1 in Datensatz &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="289"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="412"/>
        <source>run %1 stopped: %2</source>
        <translation>Lauf %1 gestoppt: %2</translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="42"/>
        <source>the query has no vector in this embedding space</source>
        <translation>die Anfrage hat keinen Vektor in diesem Einbettungsraum</translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="46"/>
        <source>the query vector is zero (no known term?)</source>
        <translation>der Anfragevektor ist null (kein bekannter Term?)</translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="52"/>
        <source>the query has no candidate documents</source>
        <translation>die Anfrage hat keine Kandidatendokumente</translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="56"/>
        <source>no relevant document in the query&apos;s pool</source>
        <translation>kein relevantes Dokument im Pool der Anfrage</translation>
    </message>
</context>
<context>
    <name>tare::RunExporter</name>
    <message>
        <location filename="../core/run/runexporter.cpp" line="90"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: kann den Ordner nicht anlegen</translation>
    </message>
</context>
<context>
    <name>tare::RunReport</name>
    <message>
        <location filename="../core/report/runreport.cpp" line="29"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="47"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="48"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="49"/>
        <source>Embedding space</source>
        <translation>Einbettungsraum</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="50"/>
        <source>Judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="51"/>
        <source>Refiner</source>
        <translation>Verfeinerer</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="62"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="69"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="73"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="75"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="83"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="83"/>
        <source>%1 finished, %2 failed</source>
        <translation>%1 beendet, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="84"/>
        <source>MAP before</source>
        <translation>MAP vorher</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="85"/>
        <source>MAP after</source>
        <translation>MAP nachher</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="86"/>
        <source>ΔMAP</source>
        <translation>ΔMAP</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="86"/>
        <source>%1 (%2 relative)</source>
        <translation>%1 (%2 relativ)</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="87"/>
        <source>95 % bootstrap CI of ΔMAP</source>
        <translation>95-%-Bootstrap-KI von ΔMAP</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="88"/>
        <source>Paired t-test</source>
        <translation>Gepaarter t-Test</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="88"/>
        <source>t = %1, %2</source>
        <translation>t = %1, %2</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="89"/>
        <source>Paired randomization test</source>
        <translation>Gepaarter Randomisierungstest</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="90"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="90"/>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="90"/>
        <source>sampled</source>
        <translation>stichprobenbasiert</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="91"/>
        <source>Wins / ties / losses</source>
        <translation>Gewinne / Gleichstände / Verluste</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="122"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="122"/>
        <source>nDCG@10</source>
        <translation>nDCG@10</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="122"/>
        <source>P@10</source>
        <translation>P@10</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="123"/>
        <source>Recall@100</source>
        <translation>Recall@100</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="123"/>
        <source>Reciprocal rank</source>
        <translation>Reziproker Rang</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="123"/>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="124"/>
        <source>d′ (separation)</source>
        <translation>d′ (Trennung)</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="124"/>
        <source>Kolmogorov–Smirnov</source>
        <translation>Kolmogorov–Smirnov</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="124"/>
        <source>Best-threshold F1</source>
        <translation>F1 bei bestem Schwellenwert</translation>
    </message>
</context>
<context>
    <name>tare::RunSummary</name>
    <message>
        <location filename="../core/run/runsummary.cpp" line="31"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="46"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="48"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>not tested</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="69"/>
        <source>Store Key…</source>
        <translation>Schlüssel speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="71"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="76"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="79"/>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="83"/>
        <source>Fills in the address where a known serving stack listens by default.</source>
        <translation>Trägt die Adresse ein, unter der ein bekannter Serving-Stack standardmäßig lauscht.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="85"/>
        <source>The base URL as the service documents it (with /v1 for OpenAI-compatible servers); Tare appends /chat/completions, /embeddings and /rerank.</source>
        <translation>Die Basis-URL, wie der Dienst sie dokumentiert (mit /v1 für OpenAI-kompatible Server); Tare hängt /chat/completions, /embeddings und /rerank an.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="87"/>
        <source>The model that judges documents (chat completions or reranking).</source>
        <translation>Das Modell, das Dokumente bewertet (Chat Completions oder Reranking).</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="88"/>
        <source>The model that embeds queries and documents for remote embedding spaces.</source>
        <translation>Das Modell, das Anfragen und Dokumente für entfernte Embedding-Räume einbettet.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="91"/>
        <source>How many requests Tare keeps in flight at once.</source>
        <translation>Wie viele Anfragen Tare gleichzeitig offen hält.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="94"/>
        <location filename="../widgets/settingsdialog.cpp" line="97"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="98"/>
        <source>The longest a single request may take, retries not counted.</source>
        <translation>Wie lange eine einzelne Anfrage höchstens dauern darf, Wiederholungen nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="99"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="101"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="102"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="103"/>
        <source>&amp;Judge model:</source>
        <translation>&amp;Bewertungsmodell:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="104"/>
        <source>&amp;Embedding model:</source>
        <translation>&amp;Embedding-Modell:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="105"/>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="106"/>
        <source>Co&amp;nnect timeout:</source>
        <translation>Verbindungs-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="107"/>
        <source>&amp;Request timeout:</source>
        <translation>&amp;Anfrage-Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="110"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="112"/>
        <source>&amp;None</source>
        <translation>&amp;Keiner</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="113"/>
        <source>Environment &amp;variable:</source>
        <translation>Umgebungs&amp;variable:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="114"/>
        <source>System &amp;keychain entry:</source>
        <translation>&amp;Schlüsselbund-Eintrag:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="119"/>
        <source>The name of the environment variable that holds the key, not the key.</source>
        <translation>Der Name der Umgebungsvariablen, die den Schlüssel enthält, nicht der Schlüssel.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="121"/>
        <source>The name of the entry in the system keychain (Secret Service) that holds the key.</source>
        <translation>Der Name des Eintrags im Systemschlüsselbund (Secret Service), der den Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="122"/>
        <source>Stores a key in the system keychain under this name; Tare never shows it again.</source>
        <translation>Speichert einen Schlüssel unter diesem Namen im Systemschlüsselbund; Tare zeigt ihn nie wieder an.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="146"/>
        <source>Sends a few small requests to find out what the endpoint can do.</source>
        <translation>Sendet einige kleine Anfragen, um herauszufinden, was der Endpunkt kann.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="148"/>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="148"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="148"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="157"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="167"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="171"/>
        <source>Takes effect at the next start.</source>
        <translation>Wirkt beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="172"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="174"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="175"/>
        <source>Colours follow the system&apos;s theme.</source>
        <translation>Die Farben folgen dem Design des Systems.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="280"/>
        <source>Requests are sent without a key.</source>
        <translation>Anfragen werden ohne Schlüssel gesendet.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="280"/>
        <source>Name where the key comes from.</source>
        <translation>Geben Sie an, woher der Schlüssel kommt.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="291"/>
        <source>Key in the keychain: %1</source>
        <translation>Schlüssel im Schlüsselbund: %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="292"/>
        <source>The variable is set: %1</source>
        <translation>Die Variable ist gesetzt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="310"/>
        <source>Store API Key</source>
        <translation>API-Schlüssel speichern</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="310"/>
        <source>API key to store as keychain entry &apos;%1&apos;:</source>
        <translation>API-Schlüssel, der als Schlüsselbund-Eintrag &apos;%1&apos; gespeichert wird:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="314"/>
        <source>Storing…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="346"/>
        <source>Testing %1…</source>
        <translation>Teste %1…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="379"/>
        <source>Chat completions</source>
        <translation>Chat Completions</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="379"/>
        <source>POST /chat/completions answers.</source>
        <translation>POST /chat/completions antwortet.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="380"/>
        <source>Log probabilities</source>
        <translation>Log-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="380"/>
        <source>Replies carry the top tokens&apos; log probabilities (needed by the yes/no judge).</source>
        <translation>Antworten enthalten die Log-Wahrscheinlichkeiten der wahrscheinlichsten Tokens (für die Ja/Nein-Bewertung nötig).</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="381"/>
        <source>max_completion_tokens</source>
        <translation>max_completion_tokens</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="381"/>
        <source>The server rejects max_tokens and wants max_completion_tokens.</source>
        <translation>Der Server lehnt max_tokens ab und verlangt max_completion_tokens.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="382"/>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="382"/>
        <source>POST /embeddings answers with vectors.</source>
        <translation>POST /embeddings antwortet mit Vektoren.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="383"/>
        <source>Rerank (TEI)</source>
        <translation>Rerank (TEI)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="383"/>
        <source>POST /rerank with {query, texts}.</source>
        <translation>POST /rerank mit {query, texts}.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="384"/>
        <source>Rerank (Cohere, Jina, vLLM)</source>
        <translation>Rerank (Cohere, Jina, vLLM)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="384"/>
        <source>POST /rerank with {model, query, documents}.</source>
        <translation>POST /rerank mit {model, query, documents}.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="386"/>
        <source>No judge can use this endpoint.</source>
        <translation>Kein Bewerter kann diesen Endpunkt nutzen.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="387"/>
        <source>Judges this endpoint enables: %1.</source>
        <translation>Bewerter, die dieser Endpunkt ermöglicht: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="389"/>
        <source>Embeddings of dimension %1.</source>
        <translation>Embeddings der Dimension %1.</translation>
    </message>
</context>
<context>
    <name>tare::ShellActions</name>
    <message>
        <location filename="../app/shellactions.cpp" line="72"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="73"/>
        <source>Create an empty project file, then import data into it.</source>
        <translation>Eine leere Projektdatei anlegen und dann Daten hineinimportieren.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="78"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="82"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="90"/>
        <source>&amp;BEIR Folder…</source>
        <translation>&amp;BEIR-Ordner…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="90"/>
        <source>corpus.jsonl, queries.jsonl and qrels/&lt;split&gt;.tsv (the MTEB retrieval layout).</source>
        <translation>corpus.jsonl, queries.jsonl und qrels/&lt;split&gt;.tsv (das MTEB-Retrieval-Layout).</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="92"/>
        <source>&amp;Classification Table…</source>
        <translation>&amp;Klassifikationstabelle…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="92"/>
        <source>CSV, TSV or JSON lines with a text and a label column: one query per label.</source>
        <translation>CSV, TSV oder JSON Lines mit einer Text- und einer Labelspalte: eine Anfrage je Label.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="94"/>
        <source>TREC &amp;Qrels…</source>
        <translation>TREC-&amp;Qrels…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="94"/>
        <source>Relevance labels for an existing dataset (qid 0 docid grade).</source>
        <translation>Relevanzlabels für einen vorhandenen Datensatz (qid 0 docid grade).</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="95"/>
        <source>&amp;Vectors…</source>
        <translation>&amp;Vektoren…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="95"/>
        <source>Precomputed embeddings (.npy with an id list, or JSON lines).</source>
        <translation>Vorberechnete Embeddings (.npy mit ID-Liste oder JSON Lines).</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="107"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="109"/>
        <source>Endpoints, models, API key source and language.</source>
        <translation>Endpunkte, Modelle, Herkunft des API-Schlüssels und Sprache.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="114"/>
        <source>&amp;About Tare</source>
        <translation>&amp;Über Tare</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="114"/>
        <source>About Tare</source>
        <translation>Über Tare</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="115"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="120"/>
        <source>&lt;h3&gt;Tare %1&lt;/h3&gt;&lt;p&gt;A workbench for LLM-guided, test-time refinement of query embeddings.&lt;/p&gt;&lt;p&gt;It implements the method of &lt;i&gt;Task-Adaptive Embedding Refinement via Test-time LLM Guidance&lt;/i&gt; (Gera et al., 2026).&lt;/p&gt;&lt;p&gt;Tare is free software under the MIT licence. It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU LGPL v3&lt;/li&gt;&lt;li&gt;Eigen — Mozilla Public License 2.0&lt;/li&gt;&lt;li&gt;SQLite — public domain&lt;/li&gt;&lt;li&gt;libcurl — curl licence (MIT/X style)&lt;/li&gt;&lt;li&gt;QtKeychain — BSD 3-clause licence&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Tare %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für die LLM-gestützte Verfeinerung von Query-Embeddings zur Testzeit.&lt;/p&gt;&lt;p&gt;Sie setzt die Methode aus &lt;i&gt;Task-Adaptive Embedding Refinement via Test-time LLM Guidance&lt;/i&gt; (Gera et al., 2026) um.&lt;/p&gt;&lt;p&gt;Tare ist freie Software unter der MIT-Lizenz. Es verwendet:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU LGPL v3&lt;/li&gt;&lt;li&gt;Eigen — Mozilla Public License 2.0&lt;/li&gt;&lt;li&gt;SQLite — gemeinfrei&lt;/li&gt;&lt;li&gt;libcurl — curl-Lizenz (MIT/X-artig)&lt;/li&gt;&lt;li&gt;QtKeychain — BSD-3-Clause-Lizenz&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="137"/>
        <location filename="../app/shellactions.cpp" line="154"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="137"/>
        <source>Tare projects (*.tare)</source>
        <translation>Tare-Projekte (*.tare)</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="158"/>
        <source>Created %1; import data with File ▸ Import.</source>
        <translation>%1 angelegt; importieren Sie Daten mit Datei ▸ Importieren.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="175"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="179"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="186"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="186"/>
        <source>Open or create a project first (File ▸ New Project).</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt (Datei ▸ Neues Projekt).</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="209"/>
        <source>The language changes fully at the next start.</source>
        <translation>Die Sprache wechselt vollständig beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="211"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>tare::SqliteConnection</name>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="162"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="234"/>
        <source>%1: the disk is full (%2); nothing of the unfinished step was written</source>
        <translation>%1: der Datenträger ist voll (%2); vom unvollendeten Schritt wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="240"/>
        <source>%1: no space to write: the disk is full or the file reached its size limit (%2); nothing of the unfinished step was written</source>
        <translation>%1: kein Platz zum Schreiben: der Datenträger ist voll oder die Datei hat ihre Größengrenze erreicht (%2); vom unvollendeten Schritt wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="244"/>
        <source>%1: not a Tare project or a damaged file (%2)</source>
        <translation>%1: kein Tare-Projekt oder eine beschädigte Datei (%2)</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="245"/>
        <source>%1: database error: %2 (in: %3)</source>
        <translation>%1: Datenbankfehler: %2 (in: %3)</translation>
    </message>
</context>
<context>
    <name>tare::TfidfVectorizer</name>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="26"/>
        <source>min_df must be at least 1, not %1</source>
        <translation>min_df muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="29"/>
        <source>max_features must be 0 (no limit) or positive, not %1</source>
        <translation>max_features muss 0 (keine Begrenzung) oder positiv sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="49"/>
        <source>the vocabulary has %1 terms but %2 idf values</source>
        <translation>das Vokabular hat %1 Terme, aber %2 IDF-Werte</translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="53"/>
        <source>the vocabulary is not a sorted list of distinct terms</source>
        <translation>das Vokabular ist keine sortierte Liste verschiedener Terme</translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="55"/>
        <source>the idf of term %1 is not a positive number</source>
        <translation>die IDF von Term %1 ist keine positive Zahl</translation>
    </message>
</context>
<context>
    <name>tare::TrajectoryWidget</name>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="92"/>
        <source>Judged documents and the query&apos;s path (PCA)</source>
        <translation>Bewertete Dokumente und der Weg der Anfrage (PCA)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="93"/>
        <source>Target p and current r over the judged documents</source>
        <translation>Ziel p und aktuelles r über den bewerteten Dokumenten</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="94"/>
        <location filename="../widgets/trajectorywidget.cpp" line="354"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="95"/>
        <location filename="../widgets/trajectorywidget.cpp" line="441"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="96"/>
        <source>◀ Step</source>
        <translation>◀ Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="97"/>
        <source>Step ▶</source>
        <translation>Schritt ▶</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="100"/>
        <source>Zoom to the query&apos;s path</source>
        <translation>Auf den Weg der Anfrage zoomen</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="107"/>
        <source>Play or pause the refinement (Space).</source>
        <translation>Verfeinerung abspielen oder anhalten (Leertaste).</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="108"/>
        <source>One step back.</source>
        <translation>Einen Schritt zurück.</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="109"/>
        <source>One step forward.</source>
        <translation>Einen Schritt vor.</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="110"/>
        <source>The refinement step shown: 0 is the original query.</source>
        <translation>Der gezeigte Verfeinerungsschritt: 0 ist die ursprüngliche Anfrage.</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="112"/>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="114"/>
        <source>Playback speed.</source>
        <translation>Abspielgeschwindigkeit.</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="117"/>
        <source>Show only the region the query moves through; documents outside it are off the chart.</source>
        <translation>Nur den Bereich zeigen, den die Anfrage durchläuft; Dokumente außerhalb liegen außerhalb des Diagramms.</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="156"/>
        <source>Select a query in the run dashboard&apos;s table to watch its refinement.</source>
        <translation>Wählen Sie eine Anfrage in der Tabelle des Lauf-Dashboards, um ihre Verfeinerung zu verfolgen.</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="186"/>
        <source>Replaying query %1 of run %2…</source>
        <translation>Spiele Anfrage %1 aus Lauf %2 nach…</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="194"/>
        <source>Cannot replay this query: %1</source>
        <translation>Diese Anfrage kann nicht nachgespielt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/trajectorywidget.cpp" line="218"/>
        <source>Query %1: %2
Run %3 · %4 · %n judged document(s) · %5 steps</source>
        <translation>
            <numerusform>Anfrage %1: %2
Lauf %3 · %4 · %n bewertetes Dokument · %5 Schritte</numerusform>
            <numerusform>Anfrage %1: %2
Lauf %3 · %4 · %n bewertete Dokumente · %5 Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="239"/>
        <source>Principal component 1 (%1% of variance)</source>
        <translation>Hauptkomponente 1 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="241"/>
        <source>Principal component 2 (%1% of variance)</source>
        <translation>Hauptkomponente 2 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="264"/>
        <source>Judge score</source>
        <translation>Bewerterwert</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="272"/>
        <source>Relevant (gold)</source>
        <translation>Relevant (Gold)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="273"/>
        <source>Not relevant (gold)</source>
        <translation>Nicht relevant (Gold)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="295"/>
        <source>Query path</source>
        <translation>Weg der Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="301"/>
        <source>Query at start</source>
        <translation>Anfrage am Anfang</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="310"/>
        <source>Query now</source>
        <translation>Anfrage jetzt</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="322"/>
        <source>Target p (judge)</source>
        <translation>Ziel p (Bewerter)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="326"/>
        <source>Current r (query)</source>
        <translation>Aktuelles r (Anfrage)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="335"/>
        <source>Judged documents (by rank before refinement)</source>
        <translation>Bewertete Dokumente (nach Rang vor der Verfeinerung)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="345"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="351"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="352"/>
        <source>KL(p‖r) (nats)</source>
        <translation>KL(p‖r) (nats)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="364"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="408"/>
        <source>Step %1 of %2 · loss %3</source>
        <translation>Schritt %1 von %2 · Verlust %3</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="435"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>tare::TsvTableView</name>
    <message>
        <location filename="../widgets/tsvtableview.cpp" line="31"/>
        <source>Copy as TSV</source>
        <translation>Als TSV kopieren</translation>
    </message>
</context>
<context>
    <name>tare::VectorImporter</name>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="32"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation>kein Datensatz namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="34"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="37"/>
        <source>a .npy file needs an id list (one id per line, row order)</source>
        <translation>eine .npy-Datei braucht eine ID-Liste (eine ID pro Zeile, in Zeilenreihenfolge)</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="64"/>
        <source>vector of dimension %1, but the space &apos;%2&apos; has dimension %3</source>
        <translation>Vektor der Dimension %1, aber der Raum &apos;%2&apos; hat Dimension %3</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="72"/>
        <source>component %1 of the vector for &apos;%2&apos; is not finite</source>
        <translation>Komponente %1 des Vektors für &apos;%2&apos; ist nicht endlich</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="79"/>
        <source>unknown document id &apos;%1&apos;</source>
        <translation>unbekannte Dokument-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="84"/>
        <source>unknown query id &apos;%1&apos;</source>
        <translation>unbekannte Anfrage-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="89"/>
        <source>import cancelled; nothing was added</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="109"/>
        <source>the id list has %1 lines but the array has %2 rows</source>
        <translation>die ID-Liste hat %1 Zeilen, das Array aber %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="119"/>
        <source>the id list has more lines than the array has rows (%1)</source>
        <translation>die ID-Liste hat mehr Zeilen, als das Array Zeilen hat (%1)</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="122"/>
        <source>the array has no rows</source>
        <translation>das Array hat keine Zeilen</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="134"/>
        <source>missing or non-array field &quot;embedding&quot;</source>
        <translation>fehlendes Feld &quot;embedding&quot; oder kein Array</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="139"/>
        <source>component %1 of &quot;embedding&quot; is not a number</source>
        <translation>Komponente %1 von &quot;embedding&quot; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="143"/>
        <source>empty &quot;embedding&quot;</source>
        <translation>leeres &quot;embedding&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="150"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>tare::cli</name>
    <message>
        <location filename="../cli/exportcommand.cpp" line="19"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation>kein Datensatz namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="24"/>
        <source>the project holds %1 datasets: name one with --dataset</source>
        <translation>das Projekt enthält %1 Datensätze: nennen Sie einen mit --dataset</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="24"/>
        <source>Imported %1 vectors into space %2 of dataset &apos;%3&apos; in %4 s</source>
        <translation>%1 Vektoren in Raum %2 von Datensatz &apos;%3&apos; in %4 s importiert</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="31"/>
        <source>Imported into dataset &apos;%1&apos;: %2 documents, %3 queries, %4 labels (%5 positive) in %6 s</source>
        <translation>In Datensatz &apos;%1&apos; importiert: %2 Dokumente, %3 Anfragen, %4 Labels (%5 positiv) in %6 s</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="41"/>
        <source>Skipped %1 bad record(s); the first reasons:</source>
        <translation>Fehlerhafte Einträge übersprungen: %1; die ersten Gründe:</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="32"/>
        <source>--%1 takes comma-separated numbers</source>
        <translation>--%1 erwartet durch Kommas getrennte Zahlen</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="44"/>
        <source>--%1 takes comma-separated positive integers</source>
        <translation>--%1 erwartet durch Kommas getrennte positive ganze Zahlen</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="51"/>
        <source>Noise sweep (%1): %2 queries, MAP before %3</source>
        <translation>Rausch-Sweep (%1): %2 Anfragen, MAP vorher %3</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="54"/>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="54"/>
        <source>seeds</source>
        <translation>Startwerte</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="54"/>
        <location filename="../cli/experimentcommand.cpp" line="75"/>
        <source>MAP after</source>
        <translation>MAP nachher</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="54"/>
        <location filename="../cli/experimentcommand.cpp" line="75"/>
        <location filename="../cli/experimentcommand.cpp" line="95"/>
        <source>ΔMAP</source>
        <translation>ΔMAP</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="54"/>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="55"/>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="55"/>
        <source>sd</source>
        <translation>SA</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="55"/>
        <source>95% CI over queries</source>
        <translation>95-%-KI über Anfragen</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="74"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="74"/>
        <source>from top</source>
        <translation>von oben</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="74"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="74"/>
        <source>lr</source>
        <translation>LR</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="74"/>
        <source>judged/query</source>
        <translation>bewertet/Anfrage</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="75"/>
        <source>MAP before</source>
        <translation>MAP vorher</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="93"/>
        <source>Methods on the same judgments (judge %1): %2 queries</source>
        <translation>Methoden auf denselben Urteilen (Bewerter %1): %2 Anfragen</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="95"/>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="95"/>
        <source>space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="95"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="95"/>
        <source>W/T/L</source>
        <translation>S/U/N</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="96"/>
        <source>t-test p</source>
        <translation>t-Test p</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="96"/>
        <source>rand. p</source>
        <translation>Rand. p</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="96"/>
        <source>95% CI of Δ</source>
        <translation>95-%-KI von Δ</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="115"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="115"/>
        <source>judge AUC</source>
        <translation>Bewerter-AUC</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="115"/>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="115"/>
        <source>judged</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="125"/>
        <source>Run %1: %2 queries with a defined AUC; ΔAP = %3 + %4 · AUC; Pearson r = %5, Spearman ρ = %6</source>
        <translation>Lauf %1: %2 Anfragen mit definierter AUC; ΔAP = %3 + %4 · AUC; Pearson r = %5, Spearman ρ = %6</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="24"/>
        <source>API key (not shown): </source>
        <translation>API-Schlüssel (wird nicht angezeigt): </translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="55"/>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 muss eine ganze Zahl &gt;= %2 sein</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="56"/>
        <source>--%1 must be an integer in %2..%3</source>
        <translation>--%1 muss eine ganze Zahl in %2..%3 sein</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="74"/>
        <source>--%1 must be a positive number</source>
        <translation>--%1 muss eine positive Zahl sein</translation>
    </message>
</context>
<context>
    <name>tare::cli::DemoCommand</name>
    <message>
        <location filename="../cli/democommand.cpp" line="26"/>
        <source>Project file to use (default: sample.tare in the user&apos;s data folder).</source>
        <translation>Zu verwendende Projektdatei (Standard: sample.tare im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="28"/>
        <source>The sample_data folder.</source>
        <translation>Der Ordner sample_data.</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="29"/>
        <source>Judge of the demo run (default gold).</source>
        <translation>Bewerter des Demo-Laufs (Standard gold).</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="31"/>
        <source>Refiner of the demo run (default kl-adam).</source>
        <translation>Verfeinerer des Demo-Laufs (Standard kl-adam).</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="34"/>
        <source>Import the bundled sample data and show the result, offline.</source>
        <translation>Die mitgelieferten Beispieldaten importieren und das Ergebnis anzeigen, offline.</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="48"/>
        <source>cannot find the sample_data folder; pass --sample-data DIR</source>
        <translation>der Ordner sample_data wurde nicht gefunden; geben Sie --sample-data ORDNER an</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="52"/>
        <source>Imported the sample datasets %1 from %2</source>
        <translation>Beispieldatensätze %1 aus %2 importiert</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="67"/>
        <source>the sample project has no &apos;nuance&apos; dataset</source>
        <translation>das Beispielprojekt hat keinen Datensatz &apos;nuance&apos;</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="83"/>
        <source>Demo finished in %1 s. Open the project in the workbench: tare %2</source>
        <translation>Demo in %1 s beendet. Öffnen Sie das Projekt in der Werkbank: tare %2</translation>
    </message>
</context>
<context>
    <name>tare::cli::EmbedCommand</name>
    <message>
        <location filename="../cli/embedcommand.cpp" line="54"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="57"/>
        <source>Name of the new space (default: the provider&apos;s name).</source>
        <translation>Name des neuen Raums (Standard: der Name des Anbieters).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="59"/>
        <source>Dataset (default: every dataset without such a space).</source>
        <translation>Datensatz (Standard: jeder Datensatz ohne einen solchen Raum).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="61"/>
        <source>Dimension (default 256).</source>
        <translation>Dimension (Standard 256).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="62"/>
        <source>Seed of the randomized SVD (default 42).</source>
        <translation>Startwert der randomisierten SVD (Standard 42).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="64"/>
        <source>Do not remove English stop words.</source>
        <translation>Englische Stoppwörter nicht entfernen.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="66"/>
        <source>Template for queries, with {text} and {instruction} (default {text}).</source>
        <translation>Vorlage für Anfragen, mit {text} und {instruction} (Standard {text}).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="68"/>
        <source>Template for documents (default {text}).</source>
        <translation>Vorlage für Dokumente (Standard {text}).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="71"/>
        <source>openai: the base URL as the service documents it (e.g. http://localhost:11434/v1).</source>
        <translation>openai: die Basis-URL, wie der Dienst sie dokumentiert (z. B. http://localhost:11434/v1).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="73"/>
        <source>openai: the embedding model.</source>
        <translation>openai: das Embedding-Modell.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="74"/>
        <source>openai: the environment variable holding the API key.</source>
        <translation>openai: die Umgebungsvariable, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="77"/>
        <source>openai: ask the model for vectors of N dimensions (models that can shorten them).</source>
        <translation>openai: Vektoren mit N Dimensionen vom Modell anfordern (für Modelle, die sie kürzen können).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="80"/>
        <source>openai: fill in --endpoint (and --api-key-env) of a known service: %1.</source>
        <translation>openai: --endpoint (und --api-key-env) eines bekannten Dienstes eintragen: %1.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="83"/>
        <source>openai: requests in flight (default 4).</source>
        <translation>openai: gleichzeitig offene Anfragen (Standard 4).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="88"/>
        <source>Embed a dataset&apos;s documents and queries into a new embedding space.</source>
        <translation>Die Dokumente und Anfragen eines Datensatzes in einen neuen Einbettungsraum einbetten.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="128"/>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="27"/>
        <location filename="../cli/embedcommand.cpp" line="140"/>
        <source>no dataset named &apos;%1&apos;</source>
        <translation>kein Datensatz namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="28"/>
        <location filename="../cli/embedcommand.cpp" line="141"/>
        <source>every dataset already has a space named &apos;%1&apos;</source>
        <translation>jeder Datensatz hat bereits einen Raum namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="33"/>
        <source>texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="37"/>
        <source>Embedded dataset &apos;%1&apos; into space &apos;%2&apos; (%3, dim %4): %5 documents, %6 queries in %7 s; %8 texts from the cache, %9 sent to the endpoint</source>
        <translation>Datensatz &apos;%1&apos; in Raum &apos;%2&apos; eingebettet (%3, Dim. %4): %5 Dokumente, %6 Anfragen in %7 s; %8 Texte aus dem Cache, %9 an den Endpunkt gesendet</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="55"/>
        <source>Embedder: lsa (built in) or openai (an OpenAI-compatible embeddings endpoint).</source>
        <translation>Einbetter: lsa (eingebaut) oder openai (ein OpenAI-kompatibler Embeddings-Endpunkt).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="91"/>
        <source>usage: tare-cli embed PROJECT --space lsa [--dim N] [--name NAME] [--dataset NAME]
       tare-cli embed PROJECT --space openai --endpoint URL --model M [--api-key-env VAR] [--dimensions N] [--name NAME] [--dataset NAME]</source>
        <translation>Aufruf: tare-cli embed PROJEKT --space lsa [--dim N] [--name NAME] [--dataset NAME]
        tare-cli embed PROJEKT --space openai --endpoint URL --model M [--api-key-env VAR] [--dimensions N] [--name NAME] [--dataset NAME]</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="107"/>
        <source>--space openai needs --endpoint URL (or --preset)</source>
        <translation>--space openai braucht --endpoint URL (oder --preset)</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="110"/>
        <source>--space openai needs --model NAME</source>
        <translation>--space openai braucht --model NAME</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="120"/>
        <source>unknown embedder &apos;%1&apos; (lsa or openai)</source>
        <translation>unbekannter Einbetter &apos;%1&apos; (lsa oder openai)</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="146"/>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="150"/>
        <source>Embedded dataset &apos;%1&apos; into space &apos;%2&apos; (lsa, dim %3): %4 documents, %5 queries in %6 s</source>
        <translation>Datensatz &apos;%1&apos; in Raum &apos;%2&apos; eingebettet (lsa, Dim. %3): %4 Dokumente, %5 Anfragen in %6 s</translation>
    </message>
</context>
<context>
    <name>tare::cli::ExperimentCommand</name>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="150"/>
        <source>Experiment %1 (%2): %3; runs %4</source>
        <translation>Experiment %1 (%2): %3; Läufe %4</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="165"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="166"/>
        <source>noise-sweep, budget-sweep, methods or judge-quality.</source>
        <translation>noise-sweep, budget-sweep, methods oder judge-quality.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="167"/>
        <source>Dataset (default: the one holding the space).</source>
        <translation>Datensatz (Standard: der, der den Raum enthält).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="168"/>
        <source>Embedding space name.</source>
        <translation>Name des Einbettungsraums.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="170"/>
        <source>The first N queries of the dataset, or a comma-separated list of query ids (default: all).</source>
        <translation>Die ersten N Anfragen des Datensatzes oder eine durch Kommas getrennte Liste von Anfrage-IDs (Standard: alle).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="172"/>
        <source>noise-sweep: judge seeds per noise level (default 3).</source>
        <translation>noise-sweep: Startwerte des Bewerters je Rauschstufe (Standard 3).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="173"/>
        <source>noise-sweep: noise levels (default 0,0.1,0.2,0.3,0.4,0.5).</source>
        <translation>noise-sweep: Rauschstufen (Standard 0,0.1,0.2,0.3,0.4,0.5).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="175"/>
        <source>noise-sweep: flip (label flips, default) or sigma (Gaussian noise).</source>
        <translation>noise-sweep: flip (Label-Vertauschungen, Standard) oder sigma (Gaußsches Rauschen).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="177"/>
        <source>budget-sweep: judged documents per query (default 5,10,20,30,50).</source>
        <translation>budget-sweep: bewertete Dokumente je Anfrage (Standard 5,10,20,30,50).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="180"/>
        <source>budget-sweep: share of them from the top, the rest at random (default 1,0.5).</source>
        <translation>budget-sweep: Anteil davon von oben, der Rest zufällig (Standard 1,0.5).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="182"/>
        <source>budget-sweep: Adam step counts to sweep.</source>
        <translation>budget-sweep: zu durchlaufende Anzahlen von Adam-Schritten.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="183"/>
        <source>budget-sweep: learning rates to sweep.</source>
        <translation>budget-sweep: zu durchlaufende Lernraten.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="185"/>
        <source>methods: which (default all that apply): %1.</source>
        <translation>methods: welche (Standard: alle anwendbaren): %1.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="187"/>
        <source>judge-quality: analyse this run instead of making one.</source>
        <translation>judge-quality: diesen Lauf analysieren, statt einen neuen zu erzeugen.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="189"/>
        <source>Judge of budget-sweep, methods and judge-quality runs (default gold; judge-quality: simulated:flip=0.2,seed=1).</source>
        <translation>Bewerter der Läufe von budget-sweep, methods und judge-quality (Standard gold; judge-quality: simulated:flip=0.2,seed=1).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="192"/>
        <source>Refiner of the sweeps and judge-quality (default kl-adam).</source>
        <translation>Verfeinerer der Sweeps und von judge-quality (Standard kl-adam).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="194"/>
        <source>Adam steps (default 100).</source>
        <translation>Adam-Schritte (Standard 100).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="195"/>
        <source>Learning rate (default 1e-4; refit 0.005).</source>
        <translation>Lernrate (Standard 1e-4; refit 0.005).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="196"/>
        <source>Judged documents per query (default 20).</source>
        <translation>Beurteilte Dokumente je Anfrage (Standard 20).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="197"/>
        <source>Of those, from the top of the ranking (default: all).</source>
        <translation>Davon von der Spitze des Rankings (Standard: alle).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="199"/>
        <source>HTTP judges: the base URL.</source>
        <translation>HTTP-Bewerter: die Basis-URL.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="200"/>
        <source>HTTP judges: the model name.</source>
        <translation>HTTP-Bewerter: der Modellname.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="201"/>
        <source>HTTP judges: the environment variable holding the API key.</source>
        <translation>HTTP-Bewerter: die Umgebungsvariable, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="203"/>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="204"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="205"/>
        <source>A label for the experiment.</source>
        <translation>Eine Bezeichnung für das Experiment.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="210"/>
        <source>Run an experiment made of runs: a feedback-noise sweep, a budget/parameter sweep, a method comparison on the same judgments, or judge quality against gain. Running the same experiment again continues it and reuses finished runs.</source>
        <translation>Ein Experiment aus Läufen ausführen: ein Feedback-Rausch-Sweep, ein Budget-/Parameter-Sweep, ein Methodenvergleich auf denselben Urteilen oder Bewerterqualität gegen Gewinn. Wird dasselbe Experiment erneut ausgeführt, wird es fortgesetzt, und beendete Läufe werden wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="216"/>
        <source>usage: tare-cli experiment PROJECT noise-sweep|budget-sweep|methods|judge-quality [options]</source>
        <translation>Aufruf: tare-cli experiment PROJEKT noise-sweep|budget-sweep|methods|judge-quality [Optionen]</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="221"/>
        <source>tare-cli: unknown experiment &apos;%1&apos; (noise-sweep, budget-sweep, methods or judge-quality)</source>
        <translation>tare-cli: unbekanntes Experiment &apos;%1&apos; (noise-sweep, budget-sweep, methods oder judge-quality)</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="233"/>
        <source>--run takes a run id, and only for judge-quality</source>
        <translation>--run erwartet eine Lauf-ID, und nur für judge-quality</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="245"/>
        <source>no embedding space named &apos;%1&apos; (create one with &apos;tare-cli embed&apos;)</source>
        <translation>kein Einbettungsraum namens &apos;%1&apos; (legen Sie einen mit &apos;tare-cli embed&apos; an)</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="246"/>
        <source>several datasets have a space named &apos;%1&apos;: name one with --dataset</source>
        <translation>mehrere Datensätze haben einen Raum namens &apos;%1&apos;: nennen Sie einen mit --dataset</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="255"/>
        <source>--queries must be at least 1</source>
        <translation>--queries muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="268"/>
        <source>unknown refiner &apos;%1&apos; (%2)</source>
        <translation>unbekannter Verfeinerer &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="302"/>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="306"/>
        <source>Continuing experiment %1.</source>
        <translation>Experiment %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="306"/>
        <source>Experiment %1.</source>
        <translation>Experiment %1.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="315"/>
        <source>Experiment %1 was interrupted; finished runs are kept. Run the same command again to continue.</source>
        <translation>Experiment %1 wurde unterbrochen; beendete Läufe bleiben erhalten. Führen Sie denselben Befehl erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="325"/>
        <source>Experiment %1 took %2 s.</source>
        <translation>Experiment %1 dauerte %2 s.</translation>
    </message>
</context>
<context>
    <name>tare::cli::ExportCommand</name>
    <message>
        <location filename="../cli/exportcommand.cpp" line="32"/>
        <source>qrels, vectors or run</source>
        <translation>qrels, vectors oder run</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="33"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="34"/>
        <source>Dataset (default: the only one).</source>
        <translation>Datensatz (Standard: der einzige).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="35"/>
        <source>Embedding space (vectors).</source>
        <translation>Einbettungsraum (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="37"/>
        <source>Output file (qrels), or prefix: PREFIX.npy and PREFIX.ids.txt (vectors).</source>
        <translation>Ausgabedatei (qrels) oder Präfix: PRÄFIX.npy und PRÄFIX.ids.txt (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="39"/>
        <source>Run id (run; default: the latest run).</source>
        <translation>Lauf-ID (run; Standard: der neueste Lauf).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="43"/>
        <source>Export project data for other tools.</source>
        <translation>Projektdaten für andere Werkzeuge exportieren.</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="61"/>
        <source>the project has no runs</source>
        <translation>das Projekt hat keine Läufe</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="40"/>
        <source>trec, ranx, csv or json (run).</source>
        <translation>trec, ranx, csv oder json (run).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="47"/>
        <source>usage: tare-cli export qrels|vectors|run PROJECT --out PATH [--dataset NAME] [--space NAME] [--run ID] [--format trec|ranx|csv|json]</source>
        <translation>Aufruf: tare-cli export qrels|vectors|run PROJEKT --out PFAD [--dataset NAME] [--space NAME] [--run ID] [--format trec|ranx|csv|json]</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="73"/>
        <source>--format must be trec, ranx, csv or json</source>
        <translation>--format muss trec, ranx, csv oder json sein</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="76"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="82"/>
        <source>Wrote %1 qrels lines to %2</source>
        <translation>%1 qrels-Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="88"/>
        <source>dataset &apos;%1&apos; has no embedding space</source>
        <translation>Datensatz &apos;%1&apos; hat keinen Einbettungsraum</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="93"/>
        <source>no space named &apos;%1&apos;</source>
        <translation>kein Raum namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="96"/>
        <source>dataset &apos;%1&apos; has several spaces: name one with --space</source>
        <translation>Datensatz &apos;%1&apos; hat mehrere Räume: nennen Sie einen mit --space</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="101"/>
        <source>Wrote %1 vectors of dimension %2 to %3.npy and %3.ids.txt</source>
        <translation>%1 Vektoren der Dimension %2 nach %3.npy und %3.ids.txt geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="105"/>
        <source>unknown export &apos;%1&apos; (qrels, vectors, run)</source>
        <translation>unbekannter Export &apos;%1&apos; (qrels, vectors, run)</translation>
    </message>
</context>
<context>
    <name>tare::cli::HydeCommand</name>
    <message>
        <location filename="../cli/hydecommand.cpp" line="17"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="18"/>
        <source>The space to start from (lsa or openai).</source>
        <translation>Der Ausgangsraum (lsa oder openai).</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="19"/>
        <source>Dataset (default: the one holding the space).</source>
        <translation>Datensatz (Standard: der, der den Raum enthält).</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="21"/>
        <source>Name of the new space (default: SPACE-hyde).</source>
        <translation>Name des neuen Raums (Standard: RAUM-hyde).</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="23"/>
        <source>The chat-completions base URL as the service documents it (e.g. http://localhost:8000/v1).</source>
        <translation>Die Basis-URL für Chat Completions, wie der Dienst sie dokumentiert (z. B. http://localhost:8000/v1).</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="25"/>
        <source>The chat model that writes the hypothetical documents.</source>
        <translation>Das Chat-Modell, das die hypothetischen Dokumente schreibt.</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="27"/>
        <source>The environment variable holding the chat API key.</source>
        <translation>Die Umgebungsvariable, die den API-Schlüssel für den Chat enthält.</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="30"/>
        <source>The environment variable holding the embeddings API key of an openai space (default: --api-key-env).</source>
        <translation>Die Umgebungsvariable, die den Embeddings-API-Schlüssel eines openai-Raums enthält (Standard: --api-key-env).</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="34"/>
        <source>Fill in --endpoint (and --api-key-env) of a known service: %1.</source>
        <translation>--endpoint (und --api-key-env) eines bekannten Dienstes eintragen: %1.</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="36"/>
        <source>The prompt, with {query} and {instruction} (default: HyDE&apos;s).</source>
        <translation>Der Prompt, mit {query} und {instruction} (Standard: der von HyDE).</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="39"/>
        <source>Send max_completion_tokens instead of max_tokens (see &apos;tare-cli probe&apos;).</source>
        <translation>max_completion_tokens statt max_tokens senden (siehe &apos;tare-cli probe&apos;).</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="40"/>
        <source>Requests in flight (default 8).</source>
        <translation>Gleichzeitig offene Anfragen (Standard 8).</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="43"/>
        <source>Use the hypothetical document&apos;s vector alone (default: averaged with the query&apos;s vector, as in the HyDE paper).</source>
        <translation>Nur den Vektor des hypothetischen Dokuments verwenden (Standard: gemittelt mit dem Vektor der Anfrage, wie im HyDE-Paper).</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="49"/>
        <source>Write a hypothetical document per query with a chat model and embed it as the query (HyDE).</source>
        <translation>Mit einem Chat-Modell je Anfrage ein hypothetisches Dokument schreiben und es als Anfrage einbetten (HyDE).</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="52"/>
        <source>usage: tare-cli hyde PROJECT --space S --endpoint URL --model M [--api-key-env VAR] [--name NAME]</source>
        <translation>Aufruf: tare-cli hyde PROJEKT --space S --endpoint URL --model M [--api-key-env VAR] [--name NAME]</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="63"/>
        <source>hyde needs --endpoint URL (or --preset)</source>
        <translation>hyde braucht --endpoint URL (oder --preset)</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="66"/>
        <source>hyde needs --model NAME</source>
        <translation>hyde braucht --model NAME</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="81"/>
        <source>no embedding space named &apos;%1&apos;</source>
        <translation>kein Einbettungsraum namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="84"/>
        <source>several datasets have a space named &apos;%1&apos;: name one with --dataset</source>
        <translation>mehrere Datensätze haben einen Raum namens &apos;%1&apos;: nennen Sie einen mit --dataset</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="89"/>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="92"/>
        <source>Wrote space &apos;%1&apos; (dim %2): %3 hypothetical query documents, %4 document vectors copied from &apos;%5&apos;, in %6 s</source>
        <translation>Raum &apos;%1&apos; geschrieben (Dim. %2): %3 hypothetische Anfragedokumente, %4 Dokumentvektoren aus &apos;%5&apos; kopiert, in %6 s</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="100"/>
        <source>Baselines: tare-cli run PROJECT --space %1 --refiner none (hyde), or with a refiner (hyde + refiner)</source>
        <translation>Basislinien: tare-cli run PROJEKT --space %1 --refiner none (hyde) oder mit einem Verfeinerer (hyde + Verfeinerer)</translation>
    </message>
</context>
<context>
    <name>tare::cli::ImportCommand</name>
    <message>
        <location filename="../cli/importcommand.cpp" line="52"/>
        <source>beir, classification, qrels or vectors</source>
        <translation>beir, classification, qrels oder vectors</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="53"/>
        <source>The folder (beir) or file to import.</source>
        <translation>Der zu importierende Ordner (beir) oder die Datei.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="54"/>
        <source>The project file (created when missing).</source>
        <translation>Die Projektdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="56"/>
        <source>Name of the new dataset (default: folder or file name).</source>
        <translation>Name des neuen Datensatzes (Standard: Ordner- oder Dateiname).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="58"/>
        <source>Existing dataset (qrels, vectors).</source>
        <translation>Vorhandener Datensatz (qrels, vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="61"/>
        <source>Candidates of a query: the whole corpus, or only its judged documents (beir).</source>
        <translation>Kandidaten einer Anfrage: das ganze Korpus oder nur ihre beurteilten Dokumente (beir).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="63"/>
        <source>qrels/&lt;split&gt;.tsv to read (beir).</source>
        <translation>Zu lesende qrels/&lt;split&gt;.tsv (beir).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="65"/>
        <source>The dataset&apos;s task instruction.</source>
        <translation>Die Aufgabenanweisung des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="68"/>
        <source>Skip malformed records and report them instead of failing the import.</source>
        <translation>Fehlerhafte Einträge überspringen und melden, statt den Import abzubrechen.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="69"/>
        <source>Text column (classification).</source>
        <translation>Textspalte (classification).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="71"/>
        <source>Label column (classification).</source>
        <translation>Label-Spalte (classification).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="73"/>
        <source>Document id column (classification; optional).</source>
        <translation>Dokument-ID-Spalte (classification; optional).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="76"/>
        <source>Table with columns label, description: query texts (classification).</source>
        <translation>Tabelle mit den Spalten label, description: Anfragetexte (classification).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="78"/>
        <source>csv, tsv or jsonl (classification; default: by extension).</source>
        <translation>csv, tsv oder jsonl (classification; Standard: nach Dateiendung).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="80"/>
        <source>Id list for a .npy file, one id per line (vectors).</source>
        <translation>ID-Liste für eine .npy-Datei, eine ID pro Zeile (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="82"/>
        <source>Embedding space to fill (vectors; default &apos;imported&apos;).</source>
        <translation>Zu füllender Einbettungsraum (vectors; Standard &apos;imported&apos;).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="84"/>
        <source>Model name to record with the space (vectors).</source>
        <translation>Mit dem Raum zu speichernder Modellname (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="86"/>
        <source>The vectors are query vectors (vectors).</source>
        <translation>Die Vektoren sind Anfragevektoren (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="90"/>
        <source>Import data into a Tare project.</source>
        <translation>Daten in ein Tare-Projekt importieren.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="95"/>
        <source>usage: tare-cli import beir|classification|qrels|vectors INPUT --project FILE [options]</source>
        <translation>Aufruf: tare-cli import beir|classification|qrels|vectors EINGABE --project DATEI [Optionen]</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="111"/>
        <source>--pool must be corpus or judged</source>
        <translation>--pool muss corpus oder judged sein</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="116"/>
        <source>unknown import kind &apos;%1&apos; (beir, classification, qrels, vectors)</source>
        <translation>unbekannte Importart &apos;%1&apos; (beir, classification, qrels, vectors)</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="118"/>
        <source>&apos;import %1&apos; needs --dataset NAME</source>
        <translation>&apos;import %1&apos; braucht --dataset NAME</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="144"/>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format muss csv, tsv oder jsonl sein</translation>
    </message>
</context>
<context>
    <name>tare::cli::InfoCommand</name>
    <message>
        <location filename="../cli/infocommand.cpp" line="51"/>
        <source>Project %1 (schema %2)</source>
        <translation>Projekt %1 (Schema %2)</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="53"/>
        <source>  no datasets</source>
        <translation>  keine Datensätze</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="55"/>
        <source>  dataset &apos;%1&apos; (pool: %2): %3 documents, %4 queries, %5 labels (%6 positive)</source>
        <translation>  Datensatz &apos;%1&apos; (Pool: %2): %3 Dokumente, %4 Anfragen, %5 Labels (%6 positiv)</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="65"/>
        <source>    space &apos;%1&apos; (%2%3, dim %4): %5 document vectors, %6 query vectors</source>
        <translation>    Raum &apos;%1&apos; (%2%3, Dim. %4): %5 Dokumentvektoren, %6 Anfragevektoren</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="74"/>
        <source>  judges: %1, judgments: %2, runs: %3</source>
        <translation>  Bewerter: %1, Urteile: %2, Läufe: %3</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="84"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="85"/>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="87"/>
        <source>Show what a Tare project holds.</source>
        <translation>Anzeigen, was ein Tare-Projekt enthält.</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="90"/>
        <source>usage: tare-cli info PROJECT [--json]</source>
        <translation>Aufruf: tare-cli info PROJEKT [--json]</translation>
    </message>
</context>
<context>
    <name>tare::cli::JudgeCommand</name>
    <message>
        <location filename="../cli/judgecommand.cpp" line="17"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/judgecommand.cpp" line="22"/>
        <source>Fetch and store the judgments a run with these settings will need, before refining.</source>
        <translation>Die Urteile, die ein Lauf mit diesen Einstellungen brauchen wird, vor dem Verfeinern abrufen und speichern.</translation>
    </message>
    <message>
        <location filename="../cli/judgecommand.cpp" line="25"/>
        <source>usage: tare-cli judge PROJECT --space S --judge J [--endpoint URL --model M] [options]</source>
        <translation>Aufruf: tare-cli judge PROJEKT --space S --judge J [--endpoint URL --model M] [Optionen]</translation>
    </message>
    <message>
        <location filename="../cli/judgecommand.cpp" line="38"/>
        <source>judgments</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <location filename="../cli/judgecommand.cpp" line="43"/>
        <source>%1 queries (%2 skipped: they cannot run), %3 judged documents: %4 already stored, %5 fetched, %6 failed (asked again by the next run), in %7 s.</source>
        <translation>%1 Anfragen (%2 übersprungen: sie können nicht laufen), %3 bewertete Dokumente: %4 bereits gespeichert, %5 abgerufen, %6 fehlgeschlagen (beim nächsten Lauf erneut angefragt), in %7 s.</translation>
    </message>
</context>
<context>
    <name>tare::cli::JudgedRunOptions</name>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="15"/>
        <source>Dataset (default: the one holding the space).</source>
        <translation>Datensatz (Standard: der, der den Raum enthält).</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="16"/>
        <source>Embedding space name.</source>
        <translation>Name des Einbettungsraums.</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="18"/>
        <source>gold, simulated:flip=RATE, simulated:sigma=SD (with ,seed=N); over HTTP: llm-yesno, llm-rating, rerank (TEI) or rerank-cohere.</source>
        <translation>gold, simulated:flip=RATE, simulated:sigma=SD (mit ,seed=N); über HTTP: llm-yesno, llm-rating, rerank (TEI) oder rerank-cohere.</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="21"/>
        <source>Judged documents per query (default 20).</source>
        <translation>Beurteilte Dokumente je Anfrage (Standard 20).</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="22"/>
        <source>Of those, from the top of the ranking (default 20).</source>
        <translation>Davon von der Spitze des Rankings (Standard 20).</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="23"/>
        <source>Seed of the random part of the judged set (default 42).</source>
        <translation>Startwert des zufälligen Teils der beurteilten Menge (Standard 42).</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="24"/>
        <source>Only these query ids (comma-separated).</source>
        <translation>Nur diese Anfrage-IDs (durch Kommas getrennt).</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="26"/>
        <source>HTTP judges: the base URL as the service documents it (with /v1 for OpenAI-compatible servers, e.g. http://localhost:11434/v1).</source>
        <translation>HTTP-Bewerter: die Basis-URL, wie der Dienst sie dokumentiert (mit /v1 für OpenAI-kompatible Server, z. B. http://localhost:11434/v1).</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="29"/>
        <source>HTTP judges: the model name.</source>
        <translation>HTTP-Bewerter: der Modellname.</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="30"/>
        <source>HTTP judges: the environment variable holding the API key.</source>
        <translation>HTTP-Bewerter: die Umgebungsvariable, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="33"/>
        <source>HTTP judges: fill in --endpoint (and --api-key-env) of a known service: %1.</source>
        <translation>HTTP-Bewerter: --endpoint (und --api-key-env) eines bekannten Dienstes eintragen: %1.</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="35"/>
        <source>HTTP judges: requests in flight (default 16).</source>
        <translation>HTTP-Bewerter: gleichzeitig offene Anfragen (Standard 16).</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="38"/>
        <source>HTTP judges: send max_completion_tokens instead of max_tokens (for hosts that reject max_tokens; &apos;tare-cli probe&apos; tells).</source>
        <translation>HTTP-Bewerter: max_completion_tokens statt max_tokens senden (für Hosts, die max_tokens ablehnen; &apos;tare-cli probe&apos; zeigt es an).</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="61"/>
        <source>no embedding space named &apos;%1&apos; (create one with &apos;tare-cli embed&apos;)</source>
        <translation>kein Einbettungsraum namens &apos;%1&apos; (legen Sie einen mit &apos;tare-cli embed&apos; an)</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="64"/>
        <source>several datasets have a space named &apos;%1&apos;: name one with --dataset</source>
        <translation>mehrere Datensätze haben einen Raum namens &apos;%1&apos;: nennen Sie einen mit --dataset</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="93"/>
        <source>--seed must be an integer</source>
        <translation>--seed muss eine ganze Zahl sein</translation>
    </message>
</context>
<context>
    <name>tare::cli::KeyCommand</name>
    <message>
        <location filename="../cli/keycommand.cpp" line="46"/>
        <source>The system keychain entry holding the API key (stored with &apos;tare-cli key set NAME&apos;).</source>
        <translation>Der Eintrag im Systemschlüsselbund, der den API-Schlüssel enthält (gespeichert mit &apos;tare-cli key set NAME&apos;).</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="54"/>
        <source>give the API key either with --api-key-env or with --api-key-keychain, not both</source>
        <translation>geben Sie den API-Schlüssel entweder mit --api-key-env oder mit --api-key-keychain an, nicht mit beiden</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="67"/>
        <source>set (reads the key from standard input), delete, or check.</source>
        <translation>set (liest den Schlüssel von der Standardeingabe), delete oder check.</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="68"/>
        <source>The keychain entry name, e.g. openai.</source>
        <translation>Der Name des Schlüsselbund-Eintrags, z. B. openai.</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="69"/>
        <source>Store, delete or check an API key in the system keychain.</source>
        <translation>Einen API-Schlüssel im Systemschlüsselbund speichern, löschen oder prüfen.</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="74"/>
        <source>usage: tare-cli key set|delete|check NAME   (set reads the key from standard input)</source>
        <translation>Aufruf: tare-cli key set|delete|check NAME   (set liest den Schlüssel von der Standardeingabe)</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="83"/>
        <source>no key on standard input</source>
        <translation>kein Schlüssel auf der Standardeingabe</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="85"/>
        <source>Stored the API key %1 as keychain entry &apos;%2&apos;; use it with --api-key-keychain %2.</source>
        <translation>API-Schlüssel %1 als Schlüsselbund-Eintrag &apos;%2&apos; gespeichert; verwenden Sie ihn mit --api-key-keychain %2.</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="90"/>
        <source>Deleted keychain entry &apos;%1&apos;.</source>
        <translation>Schlüsselbund-Eintrag &apos;%1&apos; gelöscht.</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="92"/>
        <source>Keychain entry &apos;%1&apos;: %2</source>
        <translation>Schlüsselbund-Eintrag &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>tare::cli::ProbeCommand</name>
    <message>
        <location filename="../cli/probecommand.cpp" line="30"/>
        <source>The base URL as the service documents it (with /v1 for OpenAI-compatible servers).</source>
        <translation>Die Basis-URL, wie der Dienst sie dokumentiert (mit /v1 für OpenAI-kompatible Server).</translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="32"/>
        <source>The model to try chat completions and embeddings with.</source>
        <translation>Das Modell, mit dem Chat Completions und Embeddings ausprobiert werden.</translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="34"/>
        <source>The environment variable holding the API key.</source>
        <translation>Die Umgebungsvariable, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="37"/>
        <source>Fill in the URL (and key variable) of a known service: %1.</source>
        <translation>Die URL (und die Schlüsselvariable) eines bekannten Dienstes eintragen: %1.</translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="40"/>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="42"/>
        <source>Probe an endpoint: which judges and embeddings it can serve.</source>
        <translation>Einen Endpunkt prüfen: welche Bewerter und Embeddings er bereitstellen kann.</translation>
    </message>
    <message>
        <location filename="../cli/probecommand.cpp" line="46"/>
        <source>usage: tare-cli probe URL [--model M] [--api-key-env VAR] [--preset NAME] [--json]</source>
        <translation>Aufruf: tare-cli probe URL [--model M] [--api-key-env VAR] [--preset NAME] [--json]</translation>
    </message>
</context>
<context>
    <name>tare::cli::ReportCommand</name>
    <message>
        <location filename="../cli/reportcommand.cpp" line="14"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="15"/>
        <source>Run to report (default: the latest run).</source>
        <translation>Lauf für den Bericht (Standard: der neueste Lauf).</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="16"/>
        <source>Experiment to report instead of a run.</source>
        <translation>Experiment für den Bericht statt eines Laufs.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="19"/>
        <source>html (self-contained page with charts), md (Markdown) or csv (default html).</source>
        <translation>html (eigenständige Seite mit Diagrammen), md (Markdown) oder csv (Standard html).</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="21"/>
        <source>The report file to write.</source>
        <translation>Die zu schreibende Berichtsdatei.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="23"/>
        <source>Queries explained in full: those whose AP changed most (default 5).</source>
        <translation>Vollständig erklärte Anfragen: die, deren AP sich am stärksten änderte (Standard 5).</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="27"/>
        <source>Write a report of a run (parameters, summary with CI and p-values, per-query table, distributions, explanations, failure triage) or of an experiment.</source>
        <translation>Einen Bericht über einen Lauf (Parameter, Zusammenfassung mit KI und p-Werten, Tabelle je Anfrage, Verteilungen, Erklärungen, Fehlertriage) oder über ein Experiment schreiben.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="32"/>
        <source>usage: tare-cli report PROJECT [--run ID | --experiment ID] --format html|md|csv --out FILE</source>
        <translation>Aufruf: tare-cli report PROJEKT [--run ID | --experiment ID] --format html|md|csv --out DATEI</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="38"/>
        <source>--format must be html, md or csv</source>
        <translation>--format muss html, md oder csv sein</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="40"/>
        <source>give --run or --experiment, not both</source>
        <translation>geben Sie --run oder --experiment an, nicht beides</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="48"/>
        <source>--experiment must be an experiment id</source>
        <translation>--experiment muss eine Experiment-ID sein</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="50"/>
        <source>Wrote the report of experiment %1 to %2</source>
        <translation>Bericht über Experiment %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="57"/>
        <source>--run must be a run id</source>
        <translation>--run muss eine Lauf-ID sein</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="61"/>
        <source>the project has no runs</source>
        <translation>das Projekt hat keine Läufe</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="67"/>
        <source>Wrote the report of run %1 to %2</source>
        <translation>Bericht über Lauf %1 nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>tare::cli::RunCommand</name>
    <message>
        <location filename="../cli/runcommand.cpp" line="20"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="20"/>
        <source>AP before</source>
        <translation>AP vorher</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="20"/>
        <source>AP after</source>
        <translation>AP nachher</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="21"/>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="21"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="41"/>
        <source>Run %1 on &apos;%2&apos; (space %3, judge %4, refiner %5): %6</source>
        <translation>Lauf %1 auf &apos;%2&apos; (Raum %3, Bewerter %4, Verfeinerer %5): %6</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="45"/>
        <source>  queries: %1 finished, %2 failed</source>
        <translation>  Anfragen: %1 beendet, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="48"/>
        <source>  MAP %1 → %2  (Δ %3, %4%)</source>
        <translation>  MAP %1 → %2  (Δ %3, %4%)</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="53"/>
        <source>  win/tie/loss %1/%2/%3; paired t-test p = %4; randomization p = %5; 95% CI of Δ [%6, %7]</source>
        <translation>  besser/gleich/schlechter %1/%2/%3; gepaarter t-Test p = %4; Randomisierungstest p = %5; 95%-KI von Δ [%6, %7]</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="64"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="65"/>
        <source>kl-adam, refit, rocchio or none.</source>
        <translation>kl-adam, refit, rocchio oder none.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="67"/>
        <source>Adam steps (default 100).</source>
        <translation>Adam-Schritte (Standard 100).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="68"/>
        <source>Learning rate (default 1e-4; refit 0.005).</source>
        <translation>Lernrate (Standard 1e-4; refit 0.005).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="69"/>
        <source>AP/AUC every N steps (default: automatic).</source>
        <translation>AP/AUC alle N Schritte (Standard: automatisch).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="71"/>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="72"/>
        <source>Print one JSON object (summary with map_before, map_after, ...).</source>
        <translation>Ein JSON-Objekt ausgeben (Zusammenfassung mit map_before, map_after, ...).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="74"/>
        <source>Continue the latest unfinished run with the same parameters instead of starting a new one.</source>
        <translation>Den neuesten unvollendeten Lauf mit denselben Parametern fortsetzen, statt einen neuen zu starten.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="75"/>
        <source>A label for the run.</source>
        <translation>Eine Bezeichnung für den Lauf.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="80"/>
        <source>Refine the queries of a dataset and report MAP before and after.</source>
        <translation>Die Anfragen eines Datensatzes verfeinern und MAP vorher und nachher ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="83"/>
        <source>usage: tare-cli run PROJECT --space S --judge J --refiner R [options]</source>
        <translation>Aufruf: tare-cli run PROJEKT --space S --judge J --refiner R [Optionen]</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="91"/>
        <source>unknown refiner &apos;%1&apos; (%2)</source>
        <translation>unbekannter Verfeinerer &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="105"/>
        <source>Resuming run %1.</source>
        <translation>Lauf %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="111"/>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="126"/>
        <source>Run %1 was interrupted; finished queries are kept. Continue it with --resume.</source>
        <translation>Lauf %1 wurde unterbrochen; beendete Anfragen bleiben erhalten. Setzen Sie ihn mit --resume fort.</translation>
    </message>
</context>
</TS>
