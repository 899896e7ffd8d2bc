<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FeedbackInspectorWidget</name>
    <message>
        <location filename="../widgets/labeltablesupport.cpp" line="80"/>
        <source>&lt;p&gt;&lt;b&gt;First token, top alternatives&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&apos;2&apos;&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erstes Token, wahrscheinlichste Alternativen&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&apos;2&apos;&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/labeltablesupport.cpp" line="84"/>
        <source>&lt;p&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fehler:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/labeltablesupport.cpp" line="86"/>
        <source>&lt;p&gt;&lt;b&gt;Raw response&lt;/b&gt;&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rohantwort&lt;/b&gt;&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%1&lt;/pre&gt;</translation>
    </message>
</context>
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
        <location filename="../app/main.cpp" line="30"/>
        <source>Tare workbench</source>
        <translation>Tare-Werkbank</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>User interface language (%1).</source>
        <translation>Sprache der Benutzeroberfläche (%1).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Save a PNG of every page (FILE-&lt;page&gt;.png) and of the window (FILE) once the default run finished and the first query is shown, then quit.</source>
        <translation>Speichert ein PNG jeder Seite (FILE-&lt;Seite&gt;.png) und des Fensters (FILE), sobald der Standardlauf fertig ist und die erste Anfrage angezeigt wird, und beendet dann.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <source>Start the dashboard&apos;s run once the project is open (with --screenshot: run even when the project shows a run already).</source>
        <translation>Startet den Lauf des Dashboards, sobald das Projekt offen ist (mit --screenshot: auch dann, wenn das Projekt schon einen Lauf zeigt).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>The window&apos;s size, e.g. 1280x800.</source>
        <translation>Die Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>With --screenshot: also save the welcome page (FILE-welcome.png) and the dialogs (FILE-dialog-&lt;name&gt;.png).</source>
        <translation>Mit --screenshot: zusätzlich die Willkommensseite (FILE-welcome.png) und die Dialoge (FILE-dialog-&lt;Name&gt;.png) speichern.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="50"/>
        <source>A .tare project file (default: the welcome page; with --screenshot or --run, the sample project).</source>
        <translation>Eine .tare-Projektdatei (Standard: die Willkommensseite; mit --screenshot oder --run das Beispielprojekt).</translation>
    </message>
</context>
<context>
    <name>tare-cli</name>
    <message>
        <location filename="../cli/clisupport.cpp" line="236"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="240"/>
        <source>Try &apos;tare-cli %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;tare-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="246"/>
        <source>
Exit codes: 0 ok, 1 usage error, 2 input error, 3 I/O error, 4 cancelled, 5 internal error.
</source>
        <translation>
Exit-Codes: 0 ok, 1 Aufruffehler, 2 Eingabefehler, 3 E/A-Fehler, 4 abgebrochen, 5 interner Fehler.
</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="322"/>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>Fortschritt auf stderr anzeigen, auch wenn es kein Terminal ist.</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="323"/>
        <source>Never show progress.</source>
        <translation>Nie Fortschritt anzeigen.</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="328"/>
        <source>Run even when the run needs more memory than is available.</source>
        <translation>Den Lauf auch dann starten, wenn er mehr Speicher braucht als verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="335"/>
        <source>--force runs it anyway</source>
        <translation>--force startet ihn trotzdem</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="30"/>
        <source>usage: tare-cli COMMAND [options]

Commands:
  convert DATASET INPUT... --out DIR                               one of the paper&apos;s datasets into a BEIR folder
  import beir|classification|qrels|vectors INPUT --project FILE   import data
  info PROJECT                                                     what a project holds
  dataset PROJECT NAME [--instruction T] [--task-type X]           show or change a dataset&apos;s task
  templates PROJECT [list|show|set|remove MODEL]                   the model template table of endpoint spaces
  embed PROJECT --space lsa [--dim 256]                            build an embedding space
  embed PROJECT --space openai --endpoint URL --model M            ... through an embeddings endpoint
  run PROJECT --space S --judge J --refiner R                      refine every query, report MAP
  grid PROJECT --dataset D --space S --judge J --refiner R --out DIR  the paper&apos;s table over datasets x spaces x judges x refiners
  experiment PROJECT KIND [--json]                                 KIND: noise-sweep, budget-sweep, methods, judge-quality
  judge PROJECT --space S --judge J --endpoint URL --model M       fetch a run&apos;s judgments ahead of refining
  hyde PROJECT --space S --endpoint URL --model M                  HyDE query vectors into space S-hyde
  probe URL [--model M] [--api-key-env VAR]                        what an HTTP endpoint can serve
  key set|delete|check NAME                                        API keys in the system keychain
  cache list|clear PROJECT                                         the cache of remote embeddings
  export qrels|vectors|run PROJECT --out PATH                      export data or a run
  report PROJECT [--run ID|--experiment ID] --out FILE             report: --format html|md|csv
  demo                                                             run on the bundled sample data

&apos;tare-cli COMMAND --help&apos; explains a command.
Exit codes: 0 ok, 1 usage error, 2 input error, 3 I/O error, 4 cancelled, 5 internal error.
</source>
        <translation>Aufruf: tare-cli BEFEHL [Optionen]

Befehle:
  convert DATENSATZ EINGABE... --out ORDNER                          einen der Datensätze des Papers in einen BEIR-Ordner
  import beir|classification|qrels|vectors EINGABE --project DATEI   Daten importieren
  info PROJEKT                                                       was ein Projekt enthält
  dataset PROJEKT NAME [--instruction T] [--task-type X]             die Aufgabe eines Datensatzes zeigen oder ändern
  templates PROJEKT [list|show|set|remove MODELL]                    die Modellvorlagentabelle der Endpunkt-Räume
  embed PROJEKT --space lsa [--dim 256]                              einen Einbettungsraum erstellen
  embed PROJEKT --space openai --endpoint URL --model M              ... über einen Embeddings-Endpunkt
  run PROJEKT --space S --judge J --refiner R                        jede Anfrage verfeinern, MAP ausgeben
  grid PROJEKT --dataset D --space S --judge J --refiner R --out ORDNER  die Tabelle des Papers über Datensätze x Räume x Bewerter x Verfeinerer
  experiment PROJEKT ART [--json]                                    ART: noise-sweep, budget-sweep, methods, judge-quality
  judge PROJEKT --space S --judge J --endpoint URL --model M         die Urteile eines Laufs vor dem Verfeinern abrufen
  hyde PROJEKT --space S --endpoint URL --model M                    HyDE-Anfragevektoren in den Raum S-hyde
  probe URL [--model M] [--api-key-env VAR]                          was ein HTTP-Endpunkt bereitstellen kann
  key set|delete|check NAME                                          API-Schlüssel im Systemschlüsselbund
  cache list|clear PROJEKT                                           der Cache entfernter Embeddings
  export qrels|vectors|run PROJEKT --out PFAD                        Daten oder einen Lauf exportieren
  report PROJEKT [--run ID|--experiment ID] --out DATEI              Bericht: --format html|md|csv
  demo                                                               mit den mitgelieferten Beispieldaten laufen

&apos;tare-cli BEFEHL --help&apos; erklärt einen Befehl.
Exit-Codes: 0 ok, 1 Aufruffehler, 2 Eingabefehler, 3 E/A-Fehler, 4 abgebrochen, 5 interner Fehler.
</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="116"/>
        <source>tare-cli: unknown command &apos;%1&apos;</source>
        <translation>tare-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/gridcommand.cpp" line="235"/>
        <source>%n cell(s) did not finish</source>
        <translation>
            <numerusform>%n Zelle wurde nicht beendet</numerusform>
            <numerusform>%n Zellen wurden nicht beendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::AnnotationAgreement</name>
    <message>
        <location filename="../core/feedback/annotationagreement.cpp" line="33"/>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
</context>
<context>
    <name>tare::AnnotationQueue</name>
    <message>
        <location filename="../core/feedback/annotationqueue.cpp" line="32"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::AnnotationQueueModel</name>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="10"/>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="11"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="11"/>
        <source>The document&apos;s rank in the run before refinement.</source>
        <translation>Der Rang des Dokuments im Lauf vor der Verfeinerung.</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="12"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="13"/>
        <source>Judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="13"/>
        <source>The run judge&apos;s score (0–1); hidden in blind mode.</source>
        <translation>Der Wert des Bewerters des Laufs (0–1); im Blindmodus verborgen.</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="14"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="14"/>
        <source>The gold grade; hidden in blind mode.</source>
        <translation>Die Gold-Relevanzstufe; im Blindmodus verborgen.</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="15"/>
        <source>Your label</source>
        <translation>Ihr Label</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="15"/>
        <source>Y relevant, N not relevant, a digit d: graded d/9.</source>
        <translation>Y relevant, N nicht relevant, eine Ziffer d: Stufe d/9.</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="16"/>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="16"/>
        <source>The other annotators&apos; labels; hidden in blind mode.</source>
        <translation>Die Labels der anderen Annotatoren; im Blindmodus verborgen.</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="17"/>
        <source>Why listed</source>
        <translation>Warum gelistet</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="17"/>
        <source>Judge ≠ gold: the decision in force differs from gold. People differ: two annotators decided differently. Unsure: the judge&apos;s score is near 0.5. Unlabelled: you have not labelled it.</source>
        <translation>Bewerter ≠ Gold: die geltende Entscheidung weicht von Gold ab. Personen uneinig: zwei Annotatoren haben verschieden entschieden. Unsicher: der Wert des Bewerters liegt nahe 0,5. Ungelabelt: Sie haben es nicht gelabelt.</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="20"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="177"/>
        <source>judge ≠ gold</source>
        <translation>Bewerter ≠ Gold</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="179"/>
        <source>people differ</source>
        <translation>Personen uneinig</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="181"/>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="183"/>
        <source>unlabelled</source>
        <translation>ungelabelt</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="194"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="222"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="226"/>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <location filename="../core/models/annotationqueuemodel.cpp" line="226"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>tare::AnnotationQueueWidget</name>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="64"/>
        <source>&amp;Blind</source>
        <translation>&amp;Blind</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="70"/>
        <location filename="../widgets/annotationqueuewidget.cpp" line="139"/>
        <source>Re-refine this query</source>
        <translation>Diese Anfrage neu verfeinern</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="71"/>
        <source>Export labels…</source>
        <translation>Labels exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="72"/>
        <source>Why? (W)</source>
        <translation>Warum? (W)</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="73"/>
        <source>Re-refine This Query</source>
        <translation>Diese Anfrage neu verfeinern</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="74"/>
        <source>Next Query</source>
        <translation>Nächste Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="75"/>
        <source>Previous Query</source>
        <translation>Vorherige Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="76"/>
        <source>Export Labels…</source>
        <translation>Labels exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="93"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="94"/>
        <source>Who labels: choose a name or type a new one and press Enter. Each annotator&apos;s labels are kept apart; &quot;adjudication&quot; holds the final labels where people disagree.</source>
        <translation>Wer labelt: Wählen Sie einen Namen oder geben Sie einen neuen ein und drücken Sie Enter. Die Labels jedes Annotators werden getrennt gehalten; &quot;adjudication&quot; enthält die endgültigen Labels, wo Personen uneinig sind.</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="96"/>
        <source>A&amp;nnotator:</source>
        <translation>A&amp;nnotator:</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="99"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="100"/>
        <source>Judge disagrees with gold</source>
        <translation>Bewerter widerspricht Gold</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="101"/>
        <source>People disagree (adjudication)</source>
        <translation>Personen uneinig (Schlichtung)</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="102"/>
        <source>Judge unsure</source>
        <translation>Bewerter unsicher</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="103"/>
        <source>Not labelled by you</source>
        <translation>Nicht von Ihnen gelabelt</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="104"/>
        <source>All judged documents</source>
        <translation>Alle bewerteten Dokumente</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="105"/>
        <source>Queue filter</source>
        <translation>Filter der Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="106"/>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="108"/>
        <source>Blind mode</source>
        <translation>Blindmodus</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="109"/>
        <source>Hide the judge&apos;s score, gold and the other annotators&apos; labels while you label, and what is computed from them: the filters by disagreement, the agreement and the AP after a re-refine.</source>
        <translation>Blendet den Wert des Bewerters, Gold und die Labels der anderen Annotatoren aus, während Sie labeln, ebenso was daraus berechnet wird: die Filter nach Uneinigkeit, die Übereinstimmung und die AP nach einem Neuverfeinern.</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="111"/>
        <source>Which judged documents are listed. In blind mode only &quot;Not labelled by you&quot; and &quot;All judged documents&quot; can be chosen: the others would tell what the judge and gold said.</source>
        <translation>Welche bewerteten Dokumente gelistet werden. Im Blindmodus sind nur &quot;Nicht von Ihnen gelabelt&quot; und &quot;Alle bewerteten Dokumente&quot; wählbar: die anderen würden verraten, was Bewerter und Gold gesagt haben.</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="116"/>
        <source>Queue heading</source>
        <translation>Überschrift der Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="126"/>
        <source>Annotation queue</source>
        <translation>Annotations-Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="129"/>
        <source>Document and the judge&apos;s answer</source>
        <translation>Dokument und Antwort des Bewerters</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="132"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="133"/>
        <source>Cohen&apos;s κ between every two raters on the relevance decision (label or score ≥ 0.5, grade &gt; 0) over the documents both rated; among the people Fleiss&apos; κ and Krippendorff&apos;s α (nominal on the decisions, ordinal on the labels).</source>
        <translation>Cohens κ zwischen je zwei Beurteilenden bei der Relevanzentscheidung (Label oder Wert ≥ 0,5, Stufe &gt; 0) über die Dokumente, die beide beurteilt haben; unter den Personen Fleiss&apos; κ und Krippendorffs α (nominal auf den Entscheidungen, ordinal auf den Labels).</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="138"/>
        <source>What re-refining changed</source>
        <translation>Was das Neuverfeinern geändert hat</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="140"/>
        <source>Export labels</source>
        <translation>Labels exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="141"/>
        <source>Ask the judge why</source>
        <translation>Den Bewerter nach dem Grund fragen</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="142"/>
        <source>Ask the judges&apos; chat model (Settings) for a one-sentence reason for this judgment. It is stored with the judgment and never used in refinement.</source>
        <translation>Fragt das Chat-Modell der Bewerter (Einstellungen) nach einer Begründung in einem Satz für dieses Urteil. Sie wird mit dem Urteil gespeichert und nie bei der Verfeinerung verwendet.</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="154"/>
        <source>Refine the current query again with the labels in force (Ctrl+R).</source>
        <translation>Die aktuelle Anfrage mit den geltenden Labels erneut verfeinern (Strg+R).</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="158"/>
        <source>Keys: Y relevant · N not relevant · 0–9 graded · ↑ ↓ move · Backspace undo · W why? · Ctrl+R re-refine the query · Ctrl+→ / Ctrl+← next / previous query</source>
        <translation>Tasten: Y relevant · N nicht relevant · 0–9 abgestuft · ↑ ↓ bewegen · Rücktaste rückgängig · W warum? · Strg+R Anfrage neu verfeinern · Strg+→ / Strg+← nächste / vorherige Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="162"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="194"/>
        <source>Export Labels of %1</source>
        <translation>Labels von %1 exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="195"/>
        <source>JSON Lines (*.jsonl);;TREC qrels (*.qrels)</source>
        <translation>JSON Lines (*.jsonl);;TREC qrels (*.qrels)</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="220"/>
        <source>Select a run (run dashboard) to see the documents that need a person.</source>
        <translation>Wählen Sie einen Lauf (Lauf-Dashboard), um die Dokumente zu sehen, die eine Person brauchen.</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="264"/>
        <source>Loading the queue of run %1…</source>
        <translation>Warteschlange von Lauf %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="281"/>
        <source>Cannot show this run&apos;s queue: %1</source>
        <translation>Die Warteschlange dieses Laufs kann nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotationqueuewidget.cpp" line="371"/>
        <source>Run %1 · judge %2 · %n document(s) listed for %3</source>
        <translation>
            <numerusform>Lauf %1 · Bewerter %2 · %n Dokument gelistet für %3</numerusform>
            <numerusform>Lauf %1 · Bewerter %2 · %n Dokumente gelistet für %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotationqueuewidget.cpp" line="379"/>
        <source>Query %1: %2 (%n listed)</source>
        <translation>
            <numerusform>Anfrage %1: %2 (%n gelistet)</numerusform>
            <numerusform>Anfrage %1: %2 (%n gelistet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="395"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="398"/>
        <source>&lt;p&gt;&lt;b&gt;Why the judge said so:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warum der Bewerter so urteilte:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="417"/>
        <source>judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="419"/>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="439"/>
        <source>&lt;b&gt;Cohen&apos;s κ&lt;/b&gt; (relevance decisions; judge: %1)&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;%2&lt;/tr&gt;%3&lt;/table&gt;</source>
        <translation>&lt;b&gt;Cohens κ&lt;/b&gt; (Relevanzentscheidungen; Bewerter: %1)&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;%2&lt;/tr&gt;%3&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotationqueuewidget.cpp" line="442"/>
        <source>Among the people, over %n document(s) labelled twice or more: Fleiss&apos; κ %1 · Krippendorff&apos;s α %2 (nominal), %3 (ordinal)</source>
        <translation>
            <numerusform>Unter den Personen, über %n mindestens zweimal gelabeltes Dokument: Fleiss&apos; κ %1 · Krippendorffs α %2 (nominal), %3 (ordinal)</numerusform>
            <numerusform>Unter den Personen, über %n mindestens zweimal gelabelte Dokumente: Fleiss&apos; κ %1 · Krippendorffs α %2 (nominal), %3 (ordinal)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="471"/>
        <source>Could not store the label: %1</source>
        <translation>Das Label konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="501"/>
        <source>Could not undo the label: %1</source>
        <translation>Das Label konnte nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="516"/>
        <source>This document has no stored judgment to explain.</source>
        <translation>Dieses Dokument hat kein gespeichertes Urteil, das zu erklären wäre.</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="525"/>
        <source>Asking %1 why…</source>
        <translation>Frage %1 nach dem Grund…</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="536"/>
        <source>Could not ask why: %1</source>
        <translation>Nach dem Grund konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="540"/>
        <source>The judge&apos;s reason is stored with its judgment.</source>
        <translation>Die Begründung des Bewerters ist mit seinem Urteil gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="563"/>
        <source>Re-refining…</source>
        <translation>Verfeinere neu…</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="576"/>
        <source>Re-refining failed: %1</source>
        <translation>Neu verfeinern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="589"/>
        <source>&lt;b&gt;Query %1&lt;/b&gt;: refined again with the labels (AP hidden in blind mode)</source>
        <translation>&lt;b&gt;Anfrage %1&lt;/b&gt;: mit den Labels erneut verfeinert (AP im Blindmodus verborgen)</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="590"/>
        <source>&lt;b&gt;Query %1&lt;/b&gt;: AP before refinement %2 · after (run) %3 → with the labels &lt;b&gt;%4&lt;/b&gt; (%5)</source>
        <translation>&lt;b&gt;Anfrage %1&lt;/b&gt;: AP vor der Verfeinerung %2 · danach (Lauf) %3 → mit den Labels &lt;b&gt;%4&lt;/b&gt; (%5)</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="595"/>
        <source>%1 (%2) %3 → %4</source>
        <translation>%1 (%2) %3 → %4</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="597"/>
        <source>Labelled, rank run → now: %1</source>
        <translation>Gelabelt, Rang Lauf → jetzt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="600"/>
        <source>%1 ▲%2</source>
        <translation>%1 ▲%2</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="602"/>
        <source>%1 ▼%2</source>
        <translation>%1 ▼%2</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="604"/>
        <source>Biggest movers: %1</source>
        <translation>Größte Rangveränderungen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="605"/>
        <source>Stored in run %1 · &lt;a href=&apos;compare:%2,%1&apos;&gt;Compare with run %2&lt;/a&gt;</source>
        <translation>Gespeichert in Lauf %1 · &lt;a href=&apos;compare:%2,%1&apos;&gt;Mit Lauf %2 vergleichen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/annotationqueuewidget.cpp" line="625"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotationqueuewidget.cpp" line="628"/>
        <source>Wrote %n label(s) to %1</source>
        <translation>
            <numerusform>%n Label nach %1 geschrieben</numerusform>
            <numerusform>%n Labels nach %1 geschrieben</numerusform>
        </translation>
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
    <name>tare::AtomicFileWriter</name>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="77"/>
        <source>%1: already exists; it is not replaced unless you ask for it (tare-cli: --force)</source>
        <translation>%1: existiert bereits; die Datei wird nur ersetzt, wenn Sie es ausdrücklich verlangen (tare-cli: --force)</translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="82"/>
        <source>%1: is a symbolic link; it is neither followed nor replaced unless you ask for it (tare-cli: --force replaces the link, not what it points to)</source>
        <translation>%1: ist ein symbolischer Link; er wird weder verfolgt noch ersetzt, sofern Sie es nicht ausdrücklich verlangen (tare-cli: --force ersetzt den Link, nicht sein Ziel)</translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="87"/>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="89"/>
        <source>%1: is neither a file nor a stream; not written</source>
        <translation>%1: ist weder eine Datei noch ein Stream; nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="102"/>
        <source>cannot open</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="117"/>
        <location filename="../core/io/atomicfilewriter.cpp" line="120"/>
        <source>cannot create a file in %1</source>
        <translation>in %1 kann keine Datei angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="135"/>
        <source>%1: written after it was closed</source>
        <translation>%1: nach dem Schließen beschrieben</translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="151"/>
        <location filename="../core/io/atomicfilewriter.cpp" line="154"/>
        <location filename="../core/io/atomicfilewriter.cpp" line="171"/>
        <location filename="../core/io/atomicfilewriter.cpp" line="175"/>
        <source>cannot write</source>
        <translation>kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="166"/>
        <source>%1: finished after it was closed</source>
        <translation>%1: nach dem Schließen abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="190"/>
        <source>%1: was created by someone else while Tare wrote it; it was not replaced</source>
        <translation>%1: wurde von anderer Seite angelegt, während Tare die Datei schrieb; sie wurde nicht ersetzt</translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="193"/>
        <source>cannot rename the finished file into place</source>
        <translation>die fertige Datei kann nicht an ihren Platz umbenannt werden</translation>
    </message>
    <message>
        <location filename="../core/io/atomicfilewriter.cpp" line="213"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>tare::BeirFolderWriter</name>
    <message>
        <location filename="../core/io/beirfolderwriter.cpp" line="21"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/beirfolderwriter.cpp" line="36"/>
        <source>%1: the folder cannot be created</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/io/beirfolderwriter.cpp" line="49"/>
        <source>%1: write failed (%2)</source>
        <translation>%1: Schreiben fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/beirfolderwriter.cpp" line="74"/>
        <source>the id &apos;%1&apos; or &apos;%2&apos; holds a tab or a line break; qrels cannot carry it</source>
        <translation>die ID &apos;%1&apos; oder &apos;%2&apos; enthält einen Tabulator oder Zeilenumbruch; qrels können das nicht abbilden</translation>
    </message>
    <message>
        <location filename="../core/io/beirfolderwriter.cpp" line="84"/>
        <source>%1: cannot be saved (%2)</source>
        <translation>%1: kann nicht gespeichert werden (%2)</translation>
    </message>
</context>
<context>
    <name>tare::BeirImporter</name>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="45"/>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="51"/>
        <source>%1: missing (a BEIR folder holds corpus.jsonl, queries.jsonl and qrels/&lt;split&gt;.tsv)</source>
        <translation>%1: fehlt (ein BEIR-Ordner enthält corpus.jsonl, queries.jsonl und qrels/&lt;split&gt;.tsv)</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="89"/>
        <source>import cancelled; nothing was added</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="94"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="110"/>
        <source>duplicate document id &apos;%1&apos;</source>
        <translation>doppelte Dokument-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="113"/>
        <source>no usable documents (%1 bad record(s) skipped; the first: %2)</source>
        <translation>keine verwendbaren Dokumente (fehlerhafte Einträge übersprungen: %1; der erste: %2)</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="122"/>
        <source>duplicate query id &apos;%1&apos;</source>
        <translation>doppelte Anfrage-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="125"/>
        <source>no usable queries (%1 bad record(s) skipped; the first: %2)</source>
        <translation>keine verwendbaren Anfragen (fehlerhafte Einträge übersprungen: %1; der erste: %2)</translation>
    </message>
</context>
<context>
    <name>tare::CapabilityProbe</name>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="77"/>
        <source>max_tokens is rejected (%1); max_completion_tokens works</source>
        <translation>max_tokens wird abgelehnt (%1); max_completion_tokens funktioniert</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="78"/>
        <source>max_tokens is rejected and max_completion_tokens fails too</source>
        <translation>max_tokens wird abgelehnt, und max_completion_tokens schlägt ebenfalls fehl</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="80"/>
        <source>max_tokens is accepted</source>
        <translation>max_tokens wird akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="85"/>
        <location filename="../core/net/capabilityprobe.cpp" line="86"/>
        <location filename="../core/net/capabilityprobe.cpp" line="94"/>
        <source>chat completions failed</source>
        <translation>Chat Completions fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="93"/>
        <location filename="../core/net/capabilityprobe.cpp" line="185"/>
        <location filename="../core/net/capabilityprobe.cpp" line="196"/>
        <source>malformed reply: %1</source>
        <translation>fehlerhafte Antwort: %1</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="97"/>
        <source>replied &apos;%1&apos;</source>
        <translation>antwortete &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="101"/>
        <source>the reply carries no logprobs although they were asked for; llm-yesno would fall back to reading the text (degraded)</source>
        <translation>die Antwort enthält keine logprobs, obwohl sie angefordert wurden; llm-yesno würde ersatzweise den Text lesen (eingeschränkt)</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="104"/>
        <source>the reply carries the chosen token&apos;s logprob only, no top_logprobs alternatives</source>
        <translation>die Antwort enthält nur die logprob des gewählten Tokens, keine top_logprobs-Alternativen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/capabilityprobe.cpp" line="107"/>
        <source>%n alternative(s) for the first token</source>
        <translation>
            <numerusform>%n Alternative für das erste Token</numerusform>
            <numerusform>%n Alternativen für das erste Token</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="138"/>
        <source>the probe needs an http:// or https:// endpoint URL</source>
        <translation>die Prüfung braucht eine Endpunkt-URL mit http:// oder https://</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="154"/>
        <source>no model given</source>
        <translation>kein Modell angegeben</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="183"/>
        <source>dimension %1</source>
        <translation>Dimension %1</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="200"/>
        <source>the server answers in the Cohere shape</source>
        <translation>der Server antwortet im Cohere-Format</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="200"/>
        <source>the server answers in the TEI shape</source>
        <translation>der Server antwortet im TEI-Format</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/capabilityprobe.cpp" line="201"/>
        <source>scores for %n document(s)</source>
        <translation>
            <numerusform>Scores für %n Dokument</numerusform>
            <numerusform>Scores für %n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="210"/>
        <source>Endpoint %1 (no model given)
</source>
        <translation>Endpunkt %1 (kein Modell angegeben)
</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="211"/>
        <source>Endpoint %1, model %2
</source>
        <translation>Endpunkt %1, Modell %2
</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="215"/>
        <source>chat completions</source>
        <translation>Chat Completions</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="216"/>
        <source>logprobs</source>
        <translation>logprobs</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="217"/>
        <source>wants max_completion_tokens</source>
        <translation>verlangt max_completion_tokens</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="218"/>
        <source>embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="219"/>
        <source>rerank (TEI shape)</source>
        <translation>Rerank (TEI-Format)</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="220"/>
        <source>rerank (Cohere shape)</source>
        <translation>Rerank (Cohere-Format)</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="222"/>
        <source>Judge modes: %1
</source>
        <translation>Bewerter-Modi: %1
</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="222"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="223"/>
        <source>Embedding spaces: --space openai (dimension %1)
</source>
        <translation>Einbettungsräume: --space openai (Dimension %1)
</translation>
    </message>
    <message>
        <location filename="../core/net/capabilityprobe.cpp" line="224"/>
        <source>Embedding spaces: none
</source>
        <translation>Einbettungsräume: keine
</translation>
    </message>
</context>
<context>
    <name>tare::ChartView</name>
    <message>
        <location filename="../widgets/chartview.cpp" line="20"/>
        <source>Right-click to export the chart as PNG, SVG or PDF</source>
        <translation>Rechtsklick, um das Diagramm als PNG, SVG oder PDF zu exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="23"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="65"/>
        <source>Cannot write %1</source>
        <translation>Kann %1 nicht schreiben</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="72"/>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="73"/>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="74"/>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="80"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="80"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="80"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="81"/>
        <location filename="../widgets/chartview.cpp" line="88"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>tare::ChunkBlob</name>
    <message>
        <location filename="../core/db/spacestore.cpp" line="59"/>
        <location filename="../core/db/spacestore.cpp" line="62"/>
        <source>reading the vectors of chunk %1</source>
        <translation>Vektoren von Block %1 lesen</translation>
    </message>
</context>
<context>
    <name>tare::ClassificationImporter</name>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="44"/>
        <source>import cancelled; nothing was added</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="79"/>
        <location filename="../core/io/classificationimporter.cpp" line="85"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="98"/>
        <source>no column named &apos;%1&apos; in the header</source>
        <translation>keine Spalte namens &apos;%1&apos; in der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="101"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="106"/>
        <source>invalid UTF-8 in column &apos;%1&apos; at byte %2</source>
        <translation>ungültiges UTF-8 in Spalte &apos;%1&apos; bei Byte %2</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="109"/>
        <source>a NUL character in column &apos;%1&apos;</source>
        <translation>ein NUL-Zeichen in Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="133"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="135"/>
        <source>the text column and the label column are both &apos;%1&apos;</source>
        <translation>Textspalte und Labelspalte sind beide &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="138"/>
        <source>the id column &apos;%1&apos; is also the text or the label column</source>
        <translation>die ID-Spalte &apos;%1&apos; ist zugleich die Text- oder die Labelspalte</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="175"/>
        <source>empty label</source>
        <translation>leeres Label</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="177"/>
        <source>empty text</source>
        <translation>leerer Text</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="181"/>
        <source>label &apos;%1&apos;: %2</source>
        <translation>Label &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="192"/>
        <source>duplicate document id &apos;%1&apos;</source>
        <translation>doppelte Dokument-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="203"/>
        <source>the label &apos;%1&apos; and another label both become the query id &apos;%2&apos;</source>
        <translation>das Label &apos;%1&apos; und ein anderes Label ergeben beide die Anfrage-ID &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="214"/>
        <source>no usable rows</source>
        <translation>keine verwendbaren Zeilen</translation>
    </message>
</context>
<context>
    <name>tare::CompareWidget</name>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="61"/>
        <source>AP per query</source>
        <translation>AP je Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="62"/>
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
        <location filename="../widgets/comparewidget.cpp" line="84"/>
        <source>Run A</source>
        <translation>Lauf A</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="85"/>
        <source>Run B</source>
        <translation>Lauf B</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="87"/>
        <source>&amp;A:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="89"/>
        <source>&amp;B:</source>
        <translation>&amp;B:</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="95"/>
        <source>AP per query chart</source>
        <translation>Diagramm AP je Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="96"/>
        <source>ΔAP per query chart</source>
        <translation>Diagramm ΔAP je Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="100"/>
        <source>Hover a point or bar to name its query; click it to open the query. Right-click to export.</source>
        <translation>Zeigen Sie auf einen Punkt oder Balken, um seine Anfrage zu sehen; klicken Sie, um die Anfrage zu öffnen. Rechtsklick zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="107"/>
        <source>Queries compared</source>
        <translation>Verglichene Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="113"/>
        <source>Enter or double-click opens the query.</source>
        <translation>Enter oder Doppelklick öffnet die Anfrage.</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="129"/>
        <source>Open a project with finished runs to compare them.</source>
        <translation>Öffnen Sie ein Projekt mit abgeschlossenen Läufen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="139"/>
        <source>Cannot list the runs: %1</source>
        <translation>Die Läufe können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="154"/>
        <source>Baseline: run A before refinement</source>
        <translation>Ausgangslage: Lauf A vor der Verfeinerung</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="164"/>
        <source>This project has no run with results yet.</source>
        <translation>Dieses Projekt hat noch keinen Lauf mit Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="177"/>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="182"/>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="201"/>
        <source>%1: AP %2 (A) → %3 (B), Δ %4</source>
        <translation>%1: AP %2 (A) → %3 (B), Δ %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/comparewidget.cpp" line="253"/>
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
        <location filename="../widgets/comparewidget.cpp" line="255"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;td&gt;MAP A → B&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1 → %2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;mean Δ (95% CI)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 (%4 … %5)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;wins / ties / losses&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6 / %7 / %8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;paired t-test p&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;randomization p&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;td&gt;MAP A → B&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1 → %2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;mittleres Δ (95-%-KI)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 (%4 … %5)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Gewinne / Gleichstände / Verluste&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6 / %7 / %8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;gepaarter t-Test p&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Randomisierungstest p&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="270"/>
        <source>AP of A</source>
        <translation>AP von A</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="272"/>
        <source>AP of B</source>
        <translation>AP von B</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="286"/>
        <source>Equal AP</source>
        <translation>Gleiche AP</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="301"/>
        <source>B better (%1)</source>
        <translation>B besser (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="301"/>
        <source>Tie (%1)</source>
        <translation>Gleichstand (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="301"/>
        <source>B worse (%1)</source>
        <translation>B schlechter (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="342"/>
        <source>B better</source>
        <translation>B besser</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="343"/>
        <source>B worse</source>
        <translation>B schlechter</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="365"/>
        <source>Queries sorted by ΔAP (up to %1 per bar)</source>
        <translation>Anfragen nach ΔAP sortiert (bis zu %1 je Balken)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="366"/>
        <source>Queries sorted by ΔAP</source>
        <translation>Anfragen nach ΔAP sortiert</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="372"/>
        <source>ΔAP (B − A)</source>
        <translation>ΔAP (B − A)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="391"/>
        <source>%1 … %2 (%3 queries)</source>
        <translation>%1 … %2 (%3 Anfragen)</translation>
    </message>
    <message>
        <location filename="../widgets/comparewidget.cpp" line="392"/>
        <source>%1: ΔAP %2</source>
        <translation>%1: ΔAP %2</translation>
    </message>
</context>
<context>
    <name>tare::ComparedQueryModel</name>
    <message>
        <location filename="../core/models/comparedquerymodel.cpp" line="11"/>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../core/models/comparedquerymodel.cpp" line="12"/>
        <source>AP A</source>
        <translation>AP A</translation>
    </message>
    <message>
        <location filename="../core/models/comparedquerymodel.cpp" line="14"/>
        <source>AP B</source>
        <translation>AP B</translation>
    </message>
    <message>
        <location filename="../core/models/comparedquerymodel.cpp" line="16"/>
        <source>Δ (B − A)</source>
        <translation>Δ (B − A)</translation>
    </message>
    <message>
        <location filename="../core/models/comparedquerymodel.cpp" line="17"/>
        <source>AP of B minus AP of A: positive where B ranks the query&apos;s relevant documents higher.</source>
        <translation>AP von B minus AP von A: positiv, wo B die relevanten Dokumente der Anfrage höher rankt.</translation>
    </message>
</context>
<context>
    <name>tare::CorpusBrowserWidget</name>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="63"/>
        <source>Filter documents: words in the title or text (prefixes match)</source>
        <translation>Dokumente filtern: Wörter in Titel oder Text (Wortanfänge genügen)</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="80"/>
        <source>Select a query to see each document&apos;s rank, score and judgment for it.</source>
        <translation>Wählen Sie eine Anfrage, um Rang, Wert und Bewertung jedes Dokuments dafür zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="60"/>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="84"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="56"/>
        <source>Filter documents</source>
        <translation>Dokumente filtern</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="58"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="62"/>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="101"/>
        <source>No dataset open.</source>
        <translation>Kein Datensatz geöffnet.</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="110"/>
        <source>Preparing the search index…</source>
        <translation>Suchindex wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="126"/>
        <source>Cannot open the corpus: %1</source>
        <translation>Der Korpus kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/corpusbrowserwidget.cpp" line="140"/>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="202"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="172"/>
        <source>No ranks for this query: %1</source>
        <translation>Keine Ränge für diese Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="197"/>
        <source>The filter could not be applied.</source>
        <translation>Der Filter konnte nicht angewendet werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/corpusbrowserwidget.cpp" line="203"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="219"/>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="225"/>
        <source>%1

%2

Labels: %3</source>
        <translation>%1

%2

Labels: %3</translation>
    </message>
    <message>
        <location filename="../widgets/corpusbrowserwidget.cpp" line="217"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>tare::CorpusIndex</name>
    <message>
        <location filename="../core/run/corpusindex.cpp" line="63"/>
        <source>no dataset with id %1</source>
        <translation>kein Datensatz mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/run/corpusindex.cpp" line="68"/>
        <source>no embedding space with id %1</source>
        <translation>kein Einbettungsraum mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::CorpusModel</name>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="153"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="156"/>
        <source>you: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="13"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="13"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="14"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="16"/>
        <source>Judgment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="18"/>
        <source>Rank before</source>
        <translation>Rang vorher</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="19"/>
        <source>Score before</source>
        <translation>Wert vorher</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="21"/>
        <source>Rank after</source>
        <translation>Rang nachher</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="22"/>
        <source>Score after</source>
        <translation>Wert nachher</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="15"/>
        <source>Every query this document is labelled for, with its gold grade.</source>
        <translation>Jede Anfrage, für die dieses Dokument gelabelt ist, mit seiner Gold-Relevanzstufe.</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="17"/>
        <source>For the selected query: the run&apos;s judge score, and your label if you gave one.</source>
        <translation>Für die gewählte Anfrage: der Wert des Bewerters des Laufs und Ihr Label, falls Sie eines vergeben haben.</translation>
    </message>
    <message>
        <location filename="../core/models/corpusmodel.cpp" line="20"/>
        <location filename="../core/models/corpusmodel.cpp" line="23"/>
        <source>Cosine similarity with the selected query before or after refinement.</source>
        <translation>Kosinus-Ähnlichkeit mit der gewählten Anfrage vor oder nach der Verfeinerung.</translation>
    </message>
</context>
<context>
    <name>tare::CorpusSampler</name>
    <message>
        <location filename="../core/io/corpussampler.cpp" line="29"/>
        <source>the corpus limit of %1 documents is below the %2 documents relevant to some query; every relevant document is kept, so the limit must be at least %2</source>
        <translation>das Korpus-Limit von %1 Dokumenten liegt unter den %2 Dokumenten, die für Anfragen relevant sind; jedes relevante Dokument bleibt erhalten, daher muss das Limit mindestens %2 betragen</translation>
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
        <location filename="../core/io/csvreader.cpp" line="72"/>
        <source>a quoted field opened on this line grows past %1 MiB without closing</source>
        <translation>ein in dieser Zeile geöffnetes Feld in Anführungszeichen wächst über %1 MiB, ohne geschlossen zu werden</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="77"/>
        <source>a quoted field opened on this line is never closed</source>
        <translation>ein in dieser Zeile geöffnetes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>tare::CsvTable</name>
    <message>
        <location filename="../core/io/csvtable.cpp" line="16"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/csvtable.cpp" line="18"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/csvtable.cpp" line="28"/>
        <source>no column named &apos;%1&apos; in the header</source>
        <translation>keine Spalte namens &apos;%1&apos; in der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../core/io/csvtable.cpp" line="31"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/csvtable.cpp" line="37"/>
        <source>invalid UTF-8 in column &apos;%1&apos; at byte %2</source>
        <translation>ungültiges UTF-8 in Spalte &apos;%1&apos; bei Byte %2</translation>
    </message>
    <message>
        <location filename="../core/io/csvtable.cpp" line="46"/>
        <source>column &apos;%1&apos; is not an integer</source>
        <translation>Spalte &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>tare::DatasetPropertiesDialog</name>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="41"/>
        <source>Dataset properties: %1</source>
        <translation>Datensatzeigenschaften: %1</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="42"/>
        <source>Dataset properties</source>
        <translation>Datensatzeigenschaften</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="47"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="48"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="48"/>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="49"/>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="50"/>
        <source>%1 documents, %2 queries, %3 labels (%4 relevant)</source>
        <translation>%1 Dokumente, %2 Anfragen, %3 Labels (%4 relevant)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="54"/>
        <source>Pool:</source>
        <translation>Pool:</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="54"/>
        <source>the judged documents of each query</source>
        <translation>die bewerteten Dokumente jeder Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="55"/>
        <source>the whole corpus</source>
        <translation>das ganze Korpus</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="58"/>
        <source>— keep the fields as they are —</source>
        <translation>— Felder unverändert lassen —</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="61"/>
        <source>Paper preset</source>
        <translation>Paper-Vorlage</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="62"/>
        <source>Fill in the instruction, task type and document text the paper&apos;s code uses for one of its six datasets.</source>
        <translation>Trägt die Anweisung, den Aufgabentyp und den Dokumenttext ein, die der Code des Papers für einen seiner sechs Datensätze verwendet.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="64"/>
        <source>&amp;Paper preset:</source>
        <translation>Paper-&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="66"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="67"/>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="68"/>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="69"/>
        <source>As in the paper&apos;s code, LLM judges are told the task only for classification datasets (intent detection, key-point matching), never for search.</source>
        <translation>Wie im Code des Papers erfahren LLM-Bewerter die Aufgabe nur bei Klassifikationsdatensätzen (Intent-Erkennung, Key-Point-Matching), nie bei der Suche.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="71"/>
        <source>&amp;Task type:</source>
        <translation>&amp;Aufgabentyp:</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="73"/>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="75"/>
        <source>e.g. Given an intent category, identify utterances that express this intent.</source>
        <translation>z. B. Finde zu einer Intent-Kategorie die Äußerungen, die diesen Intent ausdrücken.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="76"/>
        <source>The dataset&apos;s task instruction: {instruction} in embedding query templates, and the judge&apos;s task sentence for classification datasets.</source>
        <translation>Die Aufgabenanweisung des Datensatzes: {instruction} in Anfragevorlagen für Embeddings und der Aufgabensatz des Bewerters bei Klassifikationsdatensätzen.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="79"/>
        <source>&amp;Instruction:</source>
        <translation>A&amp;nweisung:</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="81"/>
        <source>Title, a space, the text (BEIR)</source>
        <translation>Titel, ein Leerzeichen, der Text (BEIR)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="82"/>
        <source>Title, a line break, the text (FollowIR)</source>
        <translation>Titel, ein Zeilenumbruch, der Text (FollowIR)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="83"/>
        <source>The text alone</source>
        <translation>Nur der Text</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="84"/>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="85"/>
        <source>How a document&apos;s title and text become the one text judges and embedders read, as the paper&apos;s loaders join them.</source>
        <translation>Wie Titel und Text eines Dokuments zu dem einen Text werden, den Bewerter und Einbetter lesen – so, wie die Loader des Papers sie verbinden.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="87"/>
        <source>&amp;Document text:</source>
        <translation>&amp;Dokumenttext:</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="94"/>
        <source>Judge task sentence</source>
        <translation>Aufgabensatz des Bewerters</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="95"/>
        <source>LLM judge prompts carry:</source>
        <translation>Prompts der LLM-Bewerter enthalten:</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="99"/>
        <source>A change gives LLM judges new prompts: their judgments are asked again and the earlier ones stay stored. Embedding spaces keep the instruction they were built with.</source>
        <translation>Eine Änderung gibt LLM-Bewertern neue Prompts: ihre Urteile werden neu angefragt, die früheren bleiben gespeichert. Einbettungsräume behalten die Anweisung, mit der sie erstellt wurden.</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="103"/>
        <source>Apply dataset properties</source>
        <translation>Datensatzeigenschaften übernehmen</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="171"/>
        <source>no task sentence (search datasets, or no instruction)</source>
        <translation>kein Aufgabensatz (Such-Datensätze oder keine Anweisung)</translation>
    </message>
    <message>
        <location filename="../widgets/datasetpropertiesdialog.cpp" line="172"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>tare::DatasetStore</name>
    <message>
        <location filename="../core/db/datasetstore.cpp" line="33"/>
        <source>a dataset named &apos;%1&apos; already exists in %2</source>
        <translation>ein Datensatz namens &apos;%1&apos; existiert bereits in %2</translation>
    </message>
    <message>
        <location filename="../core/db/datasetstore.cpp" line="51"/>
        <source>no dataset with id %1</source>
        <translation>kein Datensatz mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::DocumentVectorWriter</name>
    <message>
        <location filename="../core/db/documentvectorwriter.cpp" line="72"/>
        <source>%1: a chunk of the vectors of embedding space %2 lists %3 bytes of ids for %4 rows (damaged project?)</source>
        <translation>%1: Ein Block der Vektoren von Einbettungsraum %2 führt %3 Bytes an IDs für %4 Zeilen (Projekt beschädigt?)</translation>
    </message>
    <message>
        <location filename="../core/db/documentvectorwriter.cpp" line="97"/>
        <source>a vector of %1 bytes does not fit embedding space %2 (%3 bytes a vector)</source>
        <translation>Ein Vektor mit %1 Bytes passt nicht in Einbettungsraum %2 (%3 Bytes je Vektor)</translation>
    </message>
    <message>
        <location filename="../core/db/documentvectorwriter.cpp" line="119"/>
        <source>component %1 is %2, which float16 cannot hold (finite, at most ±65504)</source>
        <translation>Komponente %1 ist %2, was float16 nicht aufnehmen kann (endlich, höchstens ±65504)</translation>
    </message>
    <message>
        <location filename="../core/db/documentvectorwriter.cpp" line="152"/>
        <source>document %1 was given two vectors for embedding space %2</source>
        <translation>Dokument %1 hat zwei Vektoren für Einbettungsraum %2 erhalten</translation>
    </message>
    <message>
        <location filename="../core/db/documentvectorwriter.cpp" line="178"/>
        <source>%1: a chunk of the vectors of embedding space %2 holds %3 bytes for %4 rows of %5 bytes (damaged project?)</source>
        <translation>%1: Ein Block der Vektoren von Einbettungsraum %2 enthält %3 Bytes für %4 Zeilen zu %5 Bytes (Projekt beschädigt?)</translation>
    </message>
</context>
<context>
    <name>tare::EmbeddingTemplateTable</name>
    <message>
        <location filename="../core/embed/embeddingtemplatetable.cpp" line="81"/>
        <source>the model template table is not valid JSON (%1)</source>
        <translation>die Modellvorlagentabelle ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../core/embed/embeddingtemplatetable.cpp" line="90"/>
        <source>a model template entry needs a model and a query template with {text}</source>
        <translation>ein Modellvorlagen-Eintrag braucht ein Modell und eine Anfragevorlage mit {text}</translation>
    </message>
    <message>
        <location filename="../core/embed/embeddingtemplatetable.cpp" line="127"/>
        <source>a model template entry needs a model name or pattern</source>
        <translation>ein Modellvorlagen-Eintrag braucht einen Modellnamen oder ein Muster</translation>
    </message>
    <message>
        <location filename="../core/embed/embeddingtemplatetable.cpp" line="129"/>
        <source>query and document templates must hold {text}</source>
        <translation>Anfrage- und Dokumentvorlagen müssen {text} enthalten</translation>
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
    <name>tare::EndpointUrl</name>
    <message>
        <location filename="../core/net/endpointurl.cpp" line="34"/>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../core/net/endpointurl.cpp" line="37"/>
        <source>the endpoint URL must not hold credentials (user:password@); the URL is stored with runs and spaces: give the API key through a key source instead (--api-key-env VAR)</source>
        <translation>die Endpunkt-URL darf keine Zugangsdaten enthalten (user:password@); die URL wird mit Läufen und Räumen gespeichert: geben Sie den API-Schlüssel stattdessen über eine Schlüsselquelle an (--api-key-env VAR)</translation>
    </message>
    <message>
        <location filename="../core/net/endpointurl.cpp" line="52"/>
        <source>the endpoint URL must not hold credentials (the query parameter &apos;%1&apos;); the URL is stored with runs and spaces: give the API key through a key source instead (--api-key-env VAR)</source>
        <translation>die Endpunkt-URL darf keine Zugangsdaten enthalten (der URL-Parameter &apos;%1&apos;); die URL wird mit Läufen und Räumen gespeichert: geben Sie den API-Schlüssel stattdessen über eine Schlüsselquelle an (--api-key-env VAR)</translation>
    </message>
</context>
<context>
    <name>tare::ExperimentListModel</name>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="41"/>
        <source>Noise sweep</source>
        <translation>Rausch-Sweep</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="41"/>
        <source>Budget sweep</source>
        <translation>Budget-Sweep</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="42"/>
        <source>Method comparison</source>
        <translation>Methodenvergleich</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="42"/>
        <source>Judge quality</source>
        <translation>Bewerterqualität</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="11"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="12"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="17"/>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="21"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/experimentlistmodel.cpp" line="23"/>
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
        <location filename="../core/experiment/experimentrunner.cpp" line="167"/>
        <source>experiment %1 (%2): %3</source>
        <translation>Experiment %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="233"/>
        <source>no experiment with id %1</source>
        <translation>kein Experiment mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::ExperimentWidget</name>
    <message numerus="yes">
        <location filename="../widgets/experimentwidget.cpp" line="95"/>
        <source>%1 (%n query(s))</source>
        <translation>
            <numerusform>%1 (%n Anfrage)</numerusform>
            <numerusform>%1 (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="152"/>
        <source>Build &amp;HyDE Space…</source>
        <translation>&amp;HyDE-Raum erstellen…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="154"/>
        <source>&amp;Run Experiment</source>
        <translation>Experiment &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="155"/>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="163"/>
        <source>ΔMAP against feedback noise</source>
        <translation>ΔMAP gegen Feedback-Rauschen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="167"/>
        <source>MAP against judge calls</source>
        <translation>MAP gegen Bewerteraufrufe</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="170"/>
        <source>ΔMAP against no refinement, with 95% CI</source>
        <translation>ΔMAP gegen keine Verfeinerung, mit 95-%-KI</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="171"/>
        <source>Judge quality against gain, per query</source>
        <translation>Bewerterqualität gegen Gewinn, je Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="175"/>
        <source>Budget: judged documents × share from the top</source>
        <translation>Budget: bewertete Dokumente × Anteil von oben</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="183"/>
        <source>New experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="185"/>
        <location filename="../widgets/experimentwidget.cpp" line="289"/>
        <location filename="../widgets/experimentwidget.cpp" line="389"/>
        <source>Stored experiments</source>
        <translation>Gespeicherte Experimente</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="189"/>
        <source>Click an experiment to show its result again.</source>
        <translation>Klicken Sie auf ein Experiment, um sein Ergebnis erneut anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="199"/>
        <source>Run an experiment, or click a stored one, to see its result here.</source>
        <translation>Führen Sie ein Experiment aus oder klicken Sie auf ein gespeichertes, um hier sein Ergebnis zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="214"/>
        <source>Band:</source>
        <translation>Band:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="215"/>
        <location filename="../widgets/experimentwidget.cpp" line="775"/>
        <source>Min–max over seeds</source>
        <translation>Min.–Max. über Startwerte</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="216"/>
        <location filename="../widgets/experimentwidget.cpp" line="775"/>
        <source>95% CI over queries</source>
        <translation>95-%-KI über Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="217"/>
        <source>The shaded band: the range of ΔMAP over the judge seeds at each level, or the bootstrap 95% confidence interval over queries of the seed-averaged ΔAP.</source>
        <translation>Das schattierte Band: die Spanne von ΔMAP über die Startwerte des Bewerters je Stufe oder das Bootstrap-95-%-Konfidenzintervall des über die Startwerte gemittelten ΔAP über die Anfragen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="230"/>
        <source>Heat map shows:</source>
        <translation>Heatmap zeigt:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="231"/>
        <location filename="../widgets/experimentwidget.cpp" line="815"/>
        <source>MAP after refinement</source>
        <translation>MAP nach der Verfeinerung</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="232"/>
        <location filename="../widgets/experimentwidget.cpp" line="712"/>
        <source>ΔMAP (after − before)</source>
        <translation>ΔMAP (nachher − vorher)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="234"/>
        <source>at</source>
        <translation>bei</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="235"/>
        <source>The Adam steps and learning rate of the cells shown.</source>
        <translation>Die Adam-Schritte und die Lernrate der gezeigten Zellen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="265"/>
        <location filename="../widgets/experimentwidget.cpp" line="271"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="266"/>
        <location filename="../widgets/experimentwidget.cpp" line="272"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="270"/>
        <source>Experiment or grid</source>
        <translation>Experiment oder Raster</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="288"/>
        <source>Methods to compare</source>
        <translation>Zu vergleichende Methoden</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="290"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="291"/>
        <source>Heat map shows</source>
        <translation>Heatmap zeigt</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="292"/>
        <source>Steps and learning rate shown</source>
        <translation>Gezeigte Schritte und Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="293"/>
        <source>Method comparison</source>
        <translation>Methodenvergleich</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="296"/>
        <source>Open a project to run experiments.</source>
        <translation>Öffnen Sie ein Projekt, um Experimente auszuführen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="312"/>
        <source>Noise sweep: simulated judge at rising noise, repeated over seeds. Budget sweep: how many documents are judged and how many of them come from the top. Method comparison: every refiner on the same judgments. Judge quality: the judge&apos;s AUC against gold per query against its ΔAP.</source>
        <translation>Rausch-Sweep: simulierter Bewerter bei steigendem Rauschen, über mehrere Startwerte wiederholt. Budget-Sweep: wie viele Dokumente bewertet werden und wie viele davon von oben kommen. Methodenvergleich: jeder Verfeinerer auf denselben Urteilen. Bewerterqualität: die AUC des Bewerters gegen Gold je Anfrage gegen ihr ΔAP.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="317"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="318"/>
        <source>The first N queries of the dataset (all: every query).</source>
        <translation>Die ersten N Anfragen des Datensatzes (alle: jede Anfrage).</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="319"/>
        <source>The judge of budget sweeps, method comparisons and judge-quality runs (noise sweeps simulate their own). HTTP judges use the endpoint and model of Settings.</source>
        <translation>Der Bewerter von Budget-Sweeps, Methodenvergleichen und Läufen zur Bewerterqualität (Rausch-Sweeps simulieren ihren eigenen). HTTP-Bewerter verwenden Endpunkt und Modell aus den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="327"/>
        <source>Judged documents per query, all from the top of the ranking.</source>
        <translation>Bewertete Dokumente je Anfrage, alle von der Spitze des Rankings.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="328"/>
        <location filename="../widgets/experimentwidget.cpp" line="704"/>
        <source>label flips</source>
        <translation>Label-Vertauschungen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="329"/>
        <source>Gaussian σ on the score</source>
        <translation>Gauß-σ auf dem Wert</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="330"/>
        <source>Noise levels: flip rates 0…0.5, or σ values. Level 0 is the gold judge.</source>
        <translation>Rauschstufen: Vertauschungsraten 0…0.5 oder σ-Werte. Stufe 0 ist der Gold-Bewerter.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="333"/>
        <source>Judge seeds per noise level above 0.</source>
        <translation>Startwerte des Bewerters je Rauschstufe über 0.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="334"/>
        <source>Judged documents per query to try, e.g. 5, 10, 20, 30, 50.</source>
        <translation>Zu testende Anzahlen bewerteter Dokumente je Anfrage, z. B. 5, 10, 20, 30, 50.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="335"/>
        <source>Shares of the judged documents taken from the top; the rest is sampled at random.</source>
        <translation>Anteile der bewerteten Dokumente, die von oben genommen werden; der Rest wird zufällig gezogen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="341"/>
        <source>Every checked method that applies (HyDE rows need a &quot;&lt;space&gt;-hyde&quot; space).</source>
        <translation>Jede angehakte Methode, die anwendbar ist (HyDE-Zeilen brauchen einen Raum &quot;&lt;space&gt;-hyde&quot;).</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="343"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="346"/>
        <source>Why a method cannot run</source>
        <translation>Warum eine Methode nicht laufen kann</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="347"/>
        <source>Ask the LLM of Settings for a hypothetical document per query and embed them: the &quot;&lt;space&gt;-hyde&quot; space the HyDE methods run on.</source>
        <translation>Das LLM aus den Einstellungen je Anfrage um ein hypothetisches Dokument bitten und diese einbetten: der Raum &quot;&lt;space&gt;-hyde&quot;, auf dem die HyDE-Methoden laufen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="353"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="355"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="356"/>
        <source>Space:</source>
        <translation>Raum:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="357"/>
        <source>Queries:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="358"/>
        <source>Judge:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="359"/>
        <source>Refiner:</source>
        <translation>Verfeinerer:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="360"/>
        <source>Adam steps:</source>
        <translation>Adam-Schritte:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="361"/>
        <source>Judged per query:</source>
        <translation>Bewertet je Anfrage:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="362"/>
        <source>Noise:</source>
        <translation>Rauschen:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="363"/>
        <source>Levels:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="364"/>
        <source>Seeds:</source>
        <translation>Startwerte:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="365"/>
        <source>Judged documents:</source>
        <translation>Bewertete Dokumente:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="366"/>
        <source>Shares from top:</source>
        <translation>Anteile von oben:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="367"/>
        <source>Methods:</source>
        <translation>Methoden:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="370"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="387"/>
        <source>Run experiment</source>
        <translation>Experiment ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="388"/>
        <source>Cancel experiment</source>
        <translation>Experiment abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="425"/>
        <source>No space is chosen.</source>
        <translation>Kein Raum ist gewählt.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="429"/>
        <source>HyDE runs on the space &quot;%1-hyde&quot;: the queries embedded as hypothetical documents an LLM writes. This dataset has none yet.</source>
        <translation>HyDE läuft auf dem Raum &quot;%1-hyde&quot;: die Anfragen, eingebettet als hypothetische Dokumente, die ein LLM schreibt. Dieser Datensatz hat noch keinen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="447"/>
        <source>Build it here, then run the comparison again.</source>
        <translation>Erstellen Sie ihn hier und führen Sie den Vergleich dann erneut aus.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="477"/>
        <source>Cannot list the project: %1</source>
        <translation>Das Projekt kann nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="554"/>
        <source>Levels, judged documents and shares take numbers separated by commas.</source>
        <translation>Stufen, bewertete Dokumente und Anteile erwarten durch Kommas getrennte Zahlen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="569"/>
        <source>Starting the experiment…</source>
        <translation>Experiment wird gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="576"/>
        <source>Continuing experiment %1…</source>
        <translation>Experiment %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="576"/>
        <source>Experiment %1 started…</source>
        <translation>Experiment %1 gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="583"/>
        <source>Run %1 of %2 (%3): reused</source>
        <translation>Lauf %1 von %2 (%3): wiederverwendet</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="584"/>
        <source>Run %1 of %2 (%3)…</source>
        <translation>Lauf %1 von %2 (%3)…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="592"/>
        <source>The experiment failed: %1</source>
        <translation>Das Experiment ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="599"/>
        <source>Experiment %1 finished.</source>
        <translation>Experiment %1 beendet.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="602"/>
        <source>Experiment %1 was cancelled; its finished runs are kept. Run it again to continue.</source>
        <translation>Experiment %1 wurde abgebrochen; seine beendeten Läufe bleiben erhalten. Führen Sie es erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="619"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="634"/>
        <source>Loading experiment %1…</source>
        <translation>Experiment %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="641"/>
        <source>Experiment %1 is %2: it has no result yet. Run the same definition again to continue it.</source>
        <translation>Experiment %1 ist %2: es hat noch kein Ergebnis. Führen Sie dieselbe Definition erneut aus, um es fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="677"/>
        <source>%1 steps, lr %2</source>
        <translation>%1 Schritte, Lernrate %2</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="702"/>
        <source>Experiment %1 · noise sweep (%2) · %3 queries · MAP before %4 · runs %5</source>
        <translation>Experiment %1 · Rausch-Sweep (%2) · %3 Anfragen · MAP vorher %4 · Läufe %5</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="704"/>
        <source>Gaussian σ</source>
        <translation>Gauß-σ</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="709"/>
        <source>Judge noise σ (standard deviation added to the score)</source>
        <translation>Bewerterrauschen σ (zum Wert addierte Standardabweichung)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="710"/>
        <source>Flip rate (share of judged labels flipped)</source>
        <translation>Vertauschungsrate (Anteil vertauschter Bewertungslabels)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="716"/>
        <source>Mean ΔMAP over seeds</source>
        <translation>Mittleres ΔMAP über Startwerte</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="719"/>
        <source>Single seeds (click: open the run)</source>
        <translation>Einzelne Startwerte (Klick: Lauf öffnen)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="797"/>
        <source>Experiment %1 · budget sweep · %2 runs · MAP before %3 · best MAP after %4</source>
        <translation>Experiment %1 · Budget-Sweep · %2 Läufe · MAP vorher %3 · bestes MAP nachher %4</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="806"/>
        <source>%1% top</source>
        <translation>%1% oben</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="809"/>
        <source>Judged documents per query</source>
        <translation>Bewertete Dokumente je Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="809"/>
        <source>Share judged from the top</source>
        <translation>Bewerteter Anteil von oben</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="810"/>
        <source>ΔMAP</source>
        <translation>ΔMAP</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="810"/>
        <source>MAP after</source>
        <translation>MAP nachher</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="813"/>
        <source>Judge calls (documents scored, all queries)</source>
        <translation>Bewerteraufrufe (bewertete Dokumente, alle Anfragen)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="825"/>
        <source>%1% from the top</source>
        <translation>%1% von oben</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="858"/>
        <source>MAP before (%1)</source>
        <translation>MAP vorher (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="871"/>
        <source>Experiment %1 · method comparison on the same judgments (judge %2) · %3 queries</source>
        <translation>Experiment %1 · Methodenvergleich auf denselben Urteilen (Bewerter %2) · %3 Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="877"/>
        <location filename="../widgets/experimentwidget.cpp" line="912"/>
        <source>ΔMAP against none</source>
        <translation>ΔMAP gegen none</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="904"/>
        <source>%1: MAP %2, ΔMAP %3 against none (run %4; click to open it)</source>
        <translation>%1: MAP %2, ΔMAP %3 gegen none (Lauf %4; zum Öffnen klicken)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="910"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="922"/>
        <source>95% bootstrap CI</source>
        <translation>95-%-Bootstrap-KI</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="936"/>
        <source>Experiment %1 · judge quality of run %2 · %3 of %4 queries with a defined AUC · Pearson r = %5, Spearman ρ = %6</source>
        <translation>Experiment %1 · Bewerterqualität von Lauf %2 · %3 von %4 Anfragen mit definierter AUC · Pearson r = %5, Spearman ρ = %6</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="944"/>
        <source>Judge AUC against gold (judged documents)</source>
        <translation>Bewerter-AUC gegen Gold (bewertete Dokumente)</translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="946"/>
        <source>ΔAP (after − before)</source>
        <translation>ΔAP (nachher − vorher)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/experimentwidget.cpp" line="973"/>
        <source>%1: judge AUC %2, ΔAP %3, %n judged</source>
        <translation>
            <numerusform>%1: Bewerter-AUC %2, ΔAP %3, %n bewertet</numerusform>
            <numerusform>%1: Bewerter-AUC %2, ΔAP %3, %n bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/experimentwidget.cpp" line="986"/>
        <source>Queries (%n)</source>
        <translation>
            <numerusform>Anfragen (%n)</numerusform>
            <numerusform>Anfragen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/experimentwidget.cpp" line="993"/>
        <source>Least squares: ΔAP = %1 %2 %3 · AUC (r = %4)</source>
        <translation>Kleinste Quadrate: ΔAP = %1 %2 %3 · AUC (r = %4)</translation>
    </message>
</context>
<context>
    <name>tare::ExplanationWidget</name>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="131"/>
        <source>Leave-one-out ΔAP contribution</source>
        <translation>Leave-one-out-ΔAP-Beitrag</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="132"/>
        <source>Share of the update: pull towards (+) / push away (−)</source>
        <translation>Anteil an der Änderung: Anziehung (+) / Abstoßung (−)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="133"/>
        <source>Words the query gained (+) and lost (−)</source>
        <translation>Wörter, die die Anfrage gewann (+) und verlor (−)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="134"/>
        <source>Drift of the query</source>
        <translation>Drift der Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="143"/>
        <source>Influence of each judged document</source>
        <translation>Einfluss jedes bewerteten Dokuments</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="145"/>
        <source>Movers and triage</source>
        <translation>Rangveränderungen und Triage</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="156"/>
        <source>Terms are shown only for spaces of the built-in embedder (LSA), which can say which words a vector stands for.</source>
        <translation>Terme werden nur für Räume des eingebauten Einbetters (LSA) gezeigt, der sagen kann, für welche Wörter ein Vektor steht.</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="172"/>
        <source>The judged documents, most influential first. Hover over a text to read all of it.</source>
        <translation>Die bewerteten Dokumente, einflussreichste zuerst. Zeigen Sie auf einen Text, um ihn ganz zu lesen.</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="173"/>
        <source>Top influences</source>
        <translation>Stärkste Einflüsse</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="187"/>
        <source>Select a query in the run dashboard&apos;s table to see why it improved or not.</source>
        <translation>Wählen Sie eine Anfrage in der Tabelle des Lauf-Dashboards, um zu sehen, warum sie sich verbessert hat oder nicht.</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="209"/>
        <source>Explaining query %1 of run %2 (each judged document is left out once and the query refined again)…</source>
        <translation>Anfrage %1 aus Lauf %2 wird erklärt (jedes bewertete Dokument wird einmal weggelassen und die Anfrage erneut verfeinert)…</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="228"/>
        <source>Cannot explain this query: %1</source>
        <translation>Diese Anfrage kann nicht erklärt werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="239"/>
        <source>Query %1: %2
Run %3 · %4 · AP %5 → %6 (Δ %7) · judged documents: %8</source>
        <translation>Anfrage %1: %2
Lauf %3 · %4 · AP %5 → %6 (Δ %7) · bewertete Dokumente: %8</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="283"/>
        <source>Judged document (rank before)</source>
        <translation>Bewertetes Dokument (Rang vorher)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="288"/>
        <source>Relevant (gold)</source>
        <translation>Relevant (Gold)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="289"/>
        <source>Not relevant (gold)</source>
        <translation>Nicht relevant (Gold)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="291"/>
        <source>ΔAP contribution (AP with all − AP without it)</source>
        <translation>ΔAP-Beitrag (AP alle − AP ohne es)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="296"/>
        <source>Pull towards</source>
        <translation>Anziehung</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="296"/>
        <source>Push away</source>
        <translation>Abstoßung</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="298"/>
        <source>Share of all pulling and pushing (%)</source>
        <translation>Anteil an Anziehung/Abstoßung (%)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="350"/>
        <source>Gained</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="350"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="351"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="352"/>
        <source>Weight in the change of direction</source>
        <translation>Gewicht in der Richtungsänderung</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="373"/>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="376"/>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="404"/>
        <source>Overshoot: AP peak at step %1</source>
        <translation>Überschießen ab Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="405"/>
        <source>AP peaked at %1 at step %2 and ended at %3 while the loss kept falling (%4 → %5).</source>
        <translation>AP erreichte bei Schritt %2 den Höchstwert %1 und endete bei %3, während der Verlust weiter fiel (%4 → %5).</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="362"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="364"/>
        <source>‖q_t − q_0‖</source>
        <translation>‖q_t − q_0‖</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="368"/>
        <source>cos(q_t, q_0)</source>
        <translation>cos(q_t, q_0)</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="423"/>
        <source>&lt;h4&gt;Rank movers: judged vs never judged&lt;/h4&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;group&lt;/th&gt;&lt;th&gt;docs&lt;/th&gt;&lt;th&gt;relevant&lt;/th&gt;&lt;th&gt;relevant ▲ / ▼&lt;/th&gt;&lt;th&gt;AP share before → after&lt;/th&gt;&lt;th&gt;Δ&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h4&gt;Rangveränderungen: bewertet vs. nie bewertet&lt;/h4&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Gruppe&lt;/th&gt;&lt;th&gt;Dok.&lt;/th&gt;&lt;th&gt;relevant&lt;/th&gt;&lt;th&gt;relevant ▲ / ▼&lt;/th&gt;&lt;th&gt;AP-Anteil vorher → nachher&lt;/th&gt;&lt;th&gt;Δ&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="426"/>
        <source>judged</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="427"/>
        <source>never judged</source>
        <translation>nie bewertet</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="431"/>
        <source>&lt;p&gt;%1 of the ΔAP of %2 came from documents the judge never saw.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 des ΔAP von %2 stammte aus Dokumenten, die der Bewerter nie gesehen hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="434"/>
        <source>&lt;p&gt;&lt;b&gt;Never judged, rose:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Never judged, fell:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Judged, rose:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nie bewertet, gestiegen:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Nie bewertet, gefallen:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Bewertet, gestiegen:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="436"/>
        <source>&lt;p&gt;&lt;small&gt;AP share: the part of AP earned by the group&apos;s relevant documents (the two rows add up to AP). ✓ marks relevant documents.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;AP-Anteil: der Teil der AP, den die relevanten Dokumente der Gruppe erzielen (beide Zeilen ergeben zusammen die AP). ✓ markiert relevante Dokumente.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="444"/>
        <source>&lt;h4&gt;Failure triage&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Fehlertriage&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="446"/>
        <source>&lt;p&gt;AP did not fall (%1 → %2): nothing to triage. Triage is for queries that got worse.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AP ist nicht gefallen (%1 → %2): nichts zu analysieren. Die Triage gilt Anfragen, die schlechter wurden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="449"/>
        <source>&lt;p&gt;AP fell (%1 → %2), but none of the known causes applies.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AP ist gefallen (%1 → %2), aber keine der bekannten Ursachen trifft zu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="452"/>
        <source>&lt;p&gt;AP fell from %1 to %2. What the evidence says:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;AP fiel von %1 auf %2. Was die Belege sagen:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/explanationwidget.cpp" line="462"/>
        <source>%1 (rank %2: judge %3, gold %4)</source>
        <translation>%1 (Rang %2: Bewerter %3, Gold %4)</translation>
    </message>
</context>
<context>
    <name>tare::ExternalId</name>
    <message>
        <location filename="../core/io/externalid.cpp" line="15"/>
        <source>an id is empty</source>
        <translation>eine ID ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="17"/>
        <source>the id &apos;%1&apos; is %2 bytes long; an id may have at most %3</source>
        <translation>die ID &apos;%1&apos; ist %2 Bytes lang; eine ID darf höchstens %3 haben</translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="26"/>
        <source>the id &apos;%1&apos; contains whitespace, which TREC run and qrels files (fields separated by whitespace) and id lists cannot carry</source>
        <translation>die ID &apos;%1&apos; enthält Leerraum, den TREC-Run- und qrels-Dateien (durch Leerraum getrennte Felder) und ID-Listen nicht abbilden können</translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="30"/>
        <source>the id &apos;%1&apos; contains the control character %2</source>
        <translation>die ID &apos;%1&apos; enthält das Steuerzeichen %2</translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="38"/>
        <source>the id &apos;%1&apos; contains whitespace (U+%2), which TREC run and qrels files and id lists cannot carry</source>
        <translation>die ID &apos;%1&apos; enthält Leerraum (U+%2), den TREC-Run- und qrels-Dateien und ID-Listen nicht abbilden können</translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="42"/>
        <source>the id &apos;%1&apos; contains the invisible character U+%2</source>
        <translation>die ID &apos;%1&apos; enthält das unsichtbare Zeichen U+%2</translation>
    </message>
    <message>
        <location filename="../core/io/externalid.cpp" line="51"/>
        <source>%1: not written: %2 (imported by an older Tare; import the data again)</source>
        <translation>%1: nicht geschrieben: %2 (von einer älteren Tare-Version importiert; importieren Sie die Daten erneut)</translation>
    </message>
</context>
<context>
    <name>tare::FailureTriage</name>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="30"/>
        <source>Judge disagreed with gold</source>
        <translation>Bewerter widersprach Gold</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="31"/>
        <source>No relevant document among the judged</source>
        <translation>Kein relevantes Dokument unter den bewerteten</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="32"/>
        <source>Loss decreased but AP fell</source>
        <translation>Verlust sank, aber AP fiel</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="33"/>
        <source>Overshoot</source>
        <translation>Überschießen</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="64"/>
        <source>%1 (rank %2, judge %3, gold %4)</source>
        <translation>%1 (Rang %2, Bewerter %3, Gold %4)</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="65"/>
        <source>the judge disagreed with gold on %1 of the top %2 judged documents: %3</source>
        <translation>der Bewerter widersprach Gold bei %1 der obersten %2 bewerteten Dokumente: %3</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="84"/>
        <source>none of the %1 judged documents is relevant; the first relevant document was at rank %2 before refinement</source>
        <translation>keines der %1 bewerteten Dokumente ist relevant; das erste relevante Dokument stand vor der Verfeinerung auf Rang %2</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="88"/>
        <source>none of the %1 judged documents is relevant, and no candidate is</source>
        <translation>keines der %1 bewerteten Dokumente ist relevant, und auch kein Kandidat</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="101"/>
        <source>the loss fell from %1 to %2 and levelled off (the last %3 steps lowered it by %4), while AP fell from %5 to %6</source>
        <translation>der Verlust fiel von %1 auf %2 und flachte ab (die letzten %3 Schritte senkten ihn um %4), während AP von %5 auf %6 fiel</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="103"/>
        <source>the loss fell from %1 to %2 and was still falling (the last %3 steps lowered it by %4), while AP fell from %5 to %6</source>
        <translation>der Verlust fiel von %1 auf %2 und fiel noch weiter (die letzten %3 Schritte senkten ihn um %4), während AP von %5 auf %6 fiel</translation>
    </message>
    <message>
        <location filename="../core/explain/failuretriage.cpp" line="118"/>
        <source>AP peaked at %1 at step %2 and fell to %3 by step %4 while the loss kept falling (%5 → %6)</source>
        <translation>AP erreichte bei Schritt %2 den Höchstwert %1 und fiel bis Schritt %4 auf %3, während der Verlust weiter fiel (%5 → %6)</translation>
    </message>
</context>
<context>
    <name>tare::FeedbackInspectorWidget</name>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="50"/>
        <source>Re-refine with these judgments</source>
        <translation>Mit diesen Bewertungen neu verfeinern</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="56"/>
        <source>Judged documents</source>
        <translation>Bewertete Dokumente</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="59"/>
        <source>Judged document</source>
        <translation>Bewertetes Dokument</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="63"/>
        <source>Accuracy: share of judged documents where the judge (score ≥ 0.5) agrees with gold (grade &gt; 0). Cohen&apos;s κ: that agreement corrected for chance. AUC: probability that the judge scores a relevant document above an irrelevant one.</source>
        <translation>Genauigkeit: Anteil der bewerteten Dokumente, bei denen der Bewerter (Wert ≥ 0,5) mit Gold (Stufe &gt; 0) übereinstimmt. Cohens κ: diese Übereinstimmung, um den Zufall bereinigt. AUC: Wahrscheinlichkeit, dass der Bewerter ein relevantes Dokument höher bewertet als ein irrelevantes.</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="66"/>
        <source>Refine this query again at once, with your labels in place of the judge&apos;s scores.</source>
        <translation>Diese Anfrage sofort erneut verfeinern, mit Ihren Labels anstelle der Werte des Bewerters.</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="76"/>
        <source>Keys: Y relevant · N not relevant · 0–9 graded label · ↑ ↓ move · Backspace undo. Highlighted rows: the judge disagrees with gold.</source>
        <translation>Tasten: Y relevant · N nicht relevant · 0–9 abgestuftes Label · ↑ ↓ bewegen · Rücktaste rückgängig. Hervorgehobene Zeilen: der Bewerter widerspricht Gold.</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="102"/>
        <source>Select a query in the run dashboard&apos;s table to see its feedback.</source>
        <translation>Wählen Sie eine Anfrage in der Tabelle des Lauf-Dashboards, um ihr Feedback zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="119"/>
        <source>Loading the feedback of query %1 of run %2…</source>
        <translation>Lade das Feedback von Anfrage %1 aus Lauf %2…</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="125"/>
        <source>Cannot show this query&apos;s feedback: %1</source>
        <translation>Das Feedback dieser Anfrage kann nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="142"/>
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
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="146"/>
        <source>AP before refinement %1 · after (run) %2</source>
        <translation>AP vor der Verfeinerung %1 · danach (Lauf) %2</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="148"/>
        <source>with your labels (stored in run %1) %2</source>
        <translation>mit Ihren Labels (gespeichert in Lauf %1) %2</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="162"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;judge&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;with your labels&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;accuracy&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cohen&apos;s κ&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;your labels&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;Bewerter&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;mit Ihren Labels&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Genauigkeit&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cohens κ&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ihre Labels&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="187"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="225"/>
        <source>Could not store the label: %1</source>
        <translation>Das Label konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="272"/>
        <source>Could not undo the label: %1</source>
        <translation>Das Label konnte nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="318"/>
        <source>Re-refining…</source>
        <translation>Verfeinere neu…</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="327"/>
        <source>Re-refining failed: %1</source>
        <translation>Neu verfeinern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="331"/>
        <source>AP before refinement %1 · after (run) %2 · re-refined with your labels %3 (%4)</source>
        <translation>AP vor der Verfeinerung %1 · danach (Lauf) %2 · neu verfeinert mit Ihren Labels %3 (%4)</translation>
    </message>
    <message>
        <location filename="../widgets/feedbackinspectorwidget.cpp" line="334"/>
        <source>stored in run %1</source>
        <translation>gespeichert in Lauf %1</translation>
    </message>
</context>
<context>
    <name>tare::FeedbackModel</name>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="24"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="24"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="24"/>
        <source>Rank before</source>
        <translation>Rang vorher</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="25"/>
        <source>Rank after</source>
        <translation>Rang nachher</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="26"/>
        <source>Judge score</source>
        <translation>Bewerterwert</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="28"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="30"/>
        <source>Your label</source>
        <translation>Ihr Label</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="33"/>
        <source>Top tokens</source>
        <translation>Wahrscheinlichste Tokens</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="27"/>
        <source>The judge&apos;s score on 0..1; 0.5 and above counts as relevant.</source>
        <translation>Der Wert des Bewerters auf 0..1; ab 0,5 gilt als relevant.</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="29"/>
        <source>The gold relevance grade; above 0 is relevant.</source>
        <translation>Die Gold-Relevanzstufe; über 0 ist relevant.</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="31"/>
        <source>Your label: Y = 1, N = 0, a digit d = d/9. It overrides the judge when re-refining.</source>
        <translation>Ihr Label: Y = 1, N = 0, eine Ziffer d = d/9. Beim Neu-Verfeinern ersetzt es den Bewerter.</translation>
    </message>
    <message>
        <location filename="../core/models/feedbackmodel.cpp" line="34"/>
        <source>The LLM&apos;s most likely first tokens and their probabilities.</source>
        <translation>Die wahrscheinlichsten ersten Tokens des LLM und ihre Wahrscheinlichkeiten.</translation>
    </message>
</context>
<context>
    <name>tare::GridCellModel</name>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="10"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="11"/>
        <source>Embedder</source>
        <translation>Einbetter</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="12"/>
        <source>Judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="13"/>
        <source>Refiner</source>
        <translation>Verfeinerer</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="14"/>
        <source>MAP before → after</source>
        <translation>MAP vorher → nachher</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="15"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="15"/>
        <source>What the cell does or did: reused cells had run with exactly this definition before and are not computed again.</source>
        <translation>Was die Zelle tut oder getan hat: wiederverwendete Zellen liefen bereits früher mit genau dieser Definition und werden nicht erneut berechnet.</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="92"/>
        <source>waiting: will reuse run %1</source>
        <translation>wartet: wird Lauf %1 wiederverwenden</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="94"/>
        <source>waiting: will continue run %1</source>
        <translation>wartet: wird Lauf %1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="95"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="98"/>
        <source>building the space %1…</source>
        <translation>Raum %1 wird erstellt…</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="100"/>
        <source>reusing run %1…</source>
        <translation>Lauf %1 wird wiederverwendet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/gridcellmodel.cpp" line="102"/>
        <source>running: %1 of %n query(ies)</source>
        <translation>
            <numerusform>läuft: %1 von %n Anfrage</numerusform>
            <numerusform>läuft: %1 von %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="102"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="104"/>
        <source>reused run %1</source>
        <translation>Lauf %1 wiederverwendet</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="106"/>
        <source>finished: run %1</source>
        <translation>fertig: Lauf %1</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="108"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="110"/>
        <source>stopped: run %1 keeps its finished queries</source>
        <translation>gestoppt: Lauf %1 behält seine fertigen Anfragen</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="110"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../core/models/gridcellmodel.cpp" line="111"/>
        <source>not run</source>
        <translation>nicht gelaufen</translation>
    </message>
</context>
<context>
    <name>tare::GridReport</name>
    <message>
        <location filename="../core/report/gridreport.cpp" line="97"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="99"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="46"/>
        <source>embed query</source>
        <translation>Anfrage einbetten</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="47"/>
        <source>score corpus</source>
        <translation>Korpus-Scoring</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="48"/>
        <location filename="../core/report/gridreport.cpp" line="170"/>
        <location filename="../core/report/gridreport.cpp" line="203"/>
        <location filename="../core/report/gridreport.cpp" line="277"/>
        <location filename="../core/report/gridreport.cpp" line="299"/>
        <source>judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="49"/>
        <source>refine</source>
        <translation>Verfeinern</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="50"/>
        <source>re-score</source>
        <translation>Neu-Scoring</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="51"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="168"/>
        <location filename="../core/report/gridreport.cpp" line="272"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="169"/>
        <location filename="../core/report/gridreport.cpp" line="274"/>
        <source>MAP before → after refinement (relative change); mean over the datasets of the row.</source>
        <translation>MAP vor → nach der Verfeinerung (relative Änderung); Mittel über die Datensätze der Zeile.</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="170"/>
        <location filename="../core/report/gridreport.cpp" line="203"/>
        <location filename="../core/report/gridreport.cpp" line="277"/>
        <location filename="../core/report/gridreport.cpp" line="299"/>
        <source>embedder</source>
        <translation>Einbetter</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="170"/>
        <location filename="../core/report/gridreport.cpp" line="203"/>
        <location filename="../core/report/gridreport.cpp" line="277"/>
        <location filename="../core/report/gridreport.cpp" line="300"/>
        <source>refiner</source>
        <translation>Verfeinerer</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="173"/>
        <location filename="../core/report/gridreport.cpp" line="280"/>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/gridreport.cpp" line="191"/>
        <source>%n query(ies) failed</source>
        <translation>
            <numerusform>%n Anfrage fehlgeschlagen</numerusform>
            <numerusform>%n Anfragen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="195"/>
        <source>Not everything ran:</source>
        <translation>Nicht alles wurde ausgeführt:</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="202"/>
        <location filename="../core/report/gridreport.cpp" line="299"/>
        <source>Per-query latency (ms): median / 95th percentile</source>
        <translation>Latenz je Anfrage (ms): Median / 95. Perzentil</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="203"/>
        <location filename="../core/report/gridreport.cpp" line="299"/>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="203"/>
        <location filename="../core/report/gridreport.cpp" line="300"/>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="222"/>
        <source>embed query: the query embedded alone with the space&apos;s embedder (– when not measured); score corpus and re-score: cosine over the query&apos;s candidates; judge: the judge&apos;s answers for the sampled documents as measured when they were obtained (concurrent requests: the slowest); refine: the optimisation steps.</source>
        <translation>Anfrage einbetten: die Anfrage allein mit dem Einbetter des Raums eingebettet (– wenn nicht gemessen); Korpus-Scoring und Neu-Scoring: Kosinus über die Kandidaten der Anfrage; Bewerter: die Antworten des Bewerters für die gezogenen Dokumente, gemessen beim Abrufen (parallele Aufrufe: der langsamste); Verfeinern: die Optimierungsschritte.</translation>
    </message>
    <message>
        <location filename="../core/report/gridreport.cpp" line="328"/>
        <source>Not everything ran</source>
        <translation>Nicht alles wurde ausgeführt</translation>
    </message>
</context>
<context>
    <name>tare::GridRunner</name>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="34"/>
        <source>space &apos;%1&apos;: &apos;%2&apos; is not key=value</source>
        <translation>Raum &apos;%1&apos;: &apos;%2&apos; ist nicht key=value</translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="47"/>
        <source>space &apos;%1&apos;: %2 must be a positive integer</source>
        <translation>Raum &apos;%1&apos;: %2 muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="72"/>
        <source>space &apos;%1&apos;: unknown option &apos;%2&apos; (dim, seed)</source>
        <translation>Raum &apos;%1&apos;: unbekannte Option &apos;%2&apos; (dim, seed)</translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="79"/>
        <source>space &apos;%1&apos;: openai needs model=NAME</source>
        <translation>Raum &apos;%1&apos;: openai braucht model=NAME</translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="85"/>
        <source>space &apos;%1&apos;: the builder is lsa or openai</source>
        <translation>Raum &apos;%1&apos;: der Erzeuger ist lsa oder openai</translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="123"/>
        <source>a grid needs at least one dataset, space, judge and refiner</source>
        <translation>ein Raster braucht mindestens einen Datensatz, Raum, Bewerter und Verfeinerer</translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="127"/>
        <source>unknown refiner &apos;%1&apos; (%2)</source>
        <translation>unbekannter Verfeinerer &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="143"/>
        <source>no dataset named &apos;%1&apos; in the project</source>
        <translation>kein Datensatz namens &apos;%1&apos; im Projekt</translation>
    </message>
    <message>
        <location filename="../core/experiment/gridrunner.cpp" line="148"/>
        <source>dataset &apos;%1&apos; has no space &apos;%2&apos; (name a builder: lsa, or NAME=openai:model=M)</source>
        <translation>Datensatz &apos;%1&apos; hat keinen Raum &apos;%2&apos; (nennen Sie einen Erzeuger: lsa oder NAME=openai:model=M)</translation>
    </message>
</context>
<context>
    <name>tare::GridTableModel</name>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="58"/>
        <source>The mean MAP over the datasets of the row with a result, before → after refinement.</source>
        <translation>Das mittlere MAP über die Datensätze der Zeile mit einem Ergebnis, vor → nach der Verfeinerung.</translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="62"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="64"/>
        <source>Not run (%1).</source>
        <translation>Nicht ausgeführt (%1).</translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="65"/>
        <source>Run %1, reused: it had run with exactly this definition before.</source>
        <translation>Lauf %1, wiederverwendet: er lief bereits mit genau dieser Definition.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/gridtablemodel.cpp" line="66"/>
        <source>Run %1, %n query(ies).</source>
        <translation>
            <numerusform>Lauf %1, %n Anfrage.</numerusform>
            <numerusform>Lauf %1, %n Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="83"/>
        <source>Embedder</source>
        <translation>Einbetter</translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="85"/>
        <source>Judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="87"/>
        <source>Refiner</source>
        <translation>Verfeinerer</translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="89"/>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../core/models/gridtablemodel.cpp" line="93"/>
        <source>MAP before → after refinement (relative change)</source>
        <translation>MAP vor → nach der Verfeinerung (relative Änderung)</translation>
    </message>
</context>
<context>
    <name>tare::GridWidget</name>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="155"/>
        <source>Go on &amp;past a failed cell</source>
        <translation>Nach fehlgeschlagener Zelle &amp;weitermachen</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="156"/>
        <source>&amp;Run Grid</source>
        <translation>Raster &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="157"/>
        <source>&amp;Stop</source>
        <translation>Anha&amp;lten</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="164"/>
        <source>&amp;Export Table…</source>
        <translation>Tabelle &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="185"/>
        <source>Grid datasets</source>
        <translation>Raster-Datensätze</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="186"/>
        <source>Grid embedding spaces</source>
        <translation>Raster-Einbettungsräume</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="187"/>
        <source>Grid judges</source>
        <translation>Raster-Bewerter</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="188"/>
        <source>Grid refiners</source>
        <translation>Raster-Verfeinerer</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="189"/>
        <source>Grid Adam steps</source>
        <translation>Raster-Adam-Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="190"/>
        <source>Go on past a failed cell</source>
        <translation>Nach fehlgeschlagener Zelle weitermachen</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="191"/>
        <source>Run grid</source>
        <translation>Raster ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="192"/>
        <source>Stop grid</source>
        <translation>Raster anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="193"/>
        <source>Grid progress</source>
        <translation>Raster-Fortschritt</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="194"/>
        <source>Grid status</source>
        <translation>Raster-Status</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="195"/>
        <source>Grid cells</source>
        <translation>Raster-Zellen</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="196"/>
        <source>Grid table: MAP before and after per dataset</source>
        <translation>Raster-Tabelle: MAP vorher und nachher je Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="197"/>
        <source>Export grid table</source>
        <translation>Raster-Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="200"/>
        <source>Open a project to run a grid.</source>
        <translation>Öffnen Sie ein Projekt, um ein Raster auszuführen.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="213"/>
        <source>Grid: datasets × spaces × judges × refiners</source>
        <translation>Raster: Datensätze × Räume × Bewerter × Verfeinerer</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="216"/>
        <source>The datasets of the grid: one column of the table each.</source>
        <translation>Die Datensätze des Rasters: je einer pro Tabellenspalte.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="217"/>
        <source>The embedding spaces, by name: each must exist in every ticked dataset, except &quot;lsa&quot;, which is built (the built-in LSA embedder) where a dataset has none.</source>
        <translation>Die Einbettungsräume, nach Name: jeder muss in jedem angehakten Datensatz vorhanden sein, außer &quot;lsa&quot;, der dort erstellt wird (mit dem eingebauten LSA-Einbetter), wo ein Datensatz keinen hat.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="219"/>
        <source>The judges: gold labels, simulated judges with noise, and the LLM judges of Settings.</source>
        <translation>Die Bewerter: Gold-Labels, simulierte Bewerter mit Rauschen und die LLM-Bewerter aus den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="220"/>
        <source>The refiners, each with its defaults (the paper&apos;s for kl-adam).</source>
        <translation>Die Verfeinerer, jeweils mit ihren Standardwerten (für kl-adam die des Papers).</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="226"/>
        <source>each refiner&apos;s default</source>
        <translation>Standard des Verfeinerers</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="227"/>
        <source>Adam steps of every cell (each refiner&apos;s default: the paper&apos;s).</source>
        <translation>Adam-Schritte jeder Zelle (Standard des Verfeinerers: der des Papers).</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="229"/>
        <source>A cell that fails is shown with its reason and the next cells run; unticked, the grid stops at the first failure. Finished cells are kept either way.</source>
        <translation>Eine fehlgeschlagene Zelle wird mit ihrem Grund angezeigt, und die nächsten Zellen laufen weiter; ohne Haken hält das Raster beim ersten Fehlschlag an. Beendete Zellen bleiben in jedem Fall erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="231"/>
        <source>Datasets:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="232"/>
        <source>Spaces:</source>
        <translation>Räume:</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="233"/>
        <source>Judges:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="234"/>
        <source>Refiners:</source>
        <translation>Verfeinerer:</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="235"/>
        <source>Adam steps:</source>
        <translation>Adam-Schritte:</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="237"/>
        <source>Runs every cell; a cell that ran before with exactly its definition is reused, not computed again, and an unfinished one continues.</source>
        <translation>Führt jede Zelle aus; eine Zelle, die schon mit genau ihrer Definition lief, wird wiederverwendet statt neu berechnet, und eine unvollendete wird fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="239"/>
        <source>Stops after the current refinement step: finished cells and queries are kept; run the grid again to continue.</source>
        <translation>Hält nach dem aktuellen Verfeinerungsschritt an: beendete Zellen und Anfragen bleiben erhalten; führen Sie das Raster erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="246"/>
        <source>%v of %m cells</source>
        <translation>%v von %m Zellen</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="260"/>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="265"/>
        <source>The paper&apos;s table</source>
        <translation>Die Tabelle des Papers</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="267"/>
        <source>MAP before → after refinement (relative change) per dataset, and their mean; one row per embedder × judge × refiner.</source>
        <translation>MAP vor → nach der Verfeinerung (relative Änderung) je Datensatz und deren Mittel; eine Zeile je Einbetter × Bewerter × Verfeinerer.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="279"/>
        <source>Writes the table as Markdown, an HTML page or CSV (by the file&apos;s suffix).</source>
        <translation>Schreibt die Tabelle als Markdown, HTML-Seite oder CSV (je nach Dateiendung).</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="300"/>
        <source>Cannot list the project: %1</source>
        <translation>Das Projekt kann nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gridwidget.cpp" line="310"/>
        <source>%1 (%n query(ies))</source>
        <translation>
            <numerusform>%1 (%n Anfrage)</numerusform>
            <numerusform>%1 (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="319"/>
        <source>lsa (built where missing)</source>
        <translation>lsa (wird erstellt, wo er fehlt)</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="320"/>
        <source>The built-in LSA embedder: a dataset without an &quot;lsa&quot; space gets one first.</source>
        <translation>Der eingebaute LSA-Einbetter: ein Datensatz ohne Raum &quot;lsa&quot; erhält zuerst einen.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="321"/>
        <source>In %1 of %2 datasets.</source>
        <translation>In %1 von %2 Datensätzen.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="328"/>
        <source>Tick the datasets, spaces, judges and refiners, then Run Grid.</source>
        <translation>Haken Sie die Datensätze, Räume, Bewerter und Verfeinerer an, dann „Raster ausführen“.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="341"/>
        <source>The dataset&apos;s labels: the best feedback there is.</source>
        <translation>Die Labels des Datensatzes: das beste Feedback, das es gibt.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="343"/>
        <source>The gold labels with seeded noise.</source>
        <translation>Die Gold-Labels mit Rauschen (mit Startwert).</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="347"/>
        <source>%1 at %2.</source>
        <translation>%1 unter %2.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="348"/>
        <source>Needs an endpoint and a judge model: set them in Settings (Ctrl+,).</source>
        <translation>Benötigt einen Endpunkt und ein Bewertungsmodell: in den Einstellungen festlegen (Strg+,).</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="388"/>
        <source>Tick at least one dataset, space, judge and refiner.</source>
        <translation>Haken Sie mindestens einen Datensatz, Raum, Bewerter und Verfeinerer an.</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="395"/>
        <source>Planning the grid…</source>
        <translation>Raster wird geplant…</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="396"/>
        <source>Tare grid: %1</source>
        <translation>Tare-Raster: %1</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="437"/>
        <source>The grid did not run: %1</source>
        <translation>Das Raster wurde nicht ausgeführt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gridwidget.cpp" line="451"/>
        <source>%n cell(s): </source>
        <translation>
            <numerusform>%n Zelle: </numerusform>
            <numerusform>%n Zellen: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="452"/>
        <source>%1 run, %2 reused, %3 failed</source>
        <translation>%1 ausgeführt, %2 wiederverwendet, %3 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/gridwidget.cpp" line="454"/>
        <source>; stopped before %n cell(s) (run the grid again to continue).</source>
        <translation>
            <numerusform>; vor %n Zelle angehalten (führen Sie das Raster erneut aus, um fortzufahren).</numerusform>
            <numerusform>; vor %n Zellen angehalten (führen Sie das Raster erneut aus, um fortzufahren).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="476"/>
        <source>Building the space %1 of %2…</source>
        <translation>Raum %1 von %2 wird erstellt…</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="488"/>
        <source>Cell %1 of %2: %3 · %4 · %5 · %6</source>
        <translation>Zelle %1 von %2: %3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="510"/>
        <source>Stopping after the current step; finished cells are kept…</source>
        <translation>Wird nach dem aktuellen Schritt angehalten; beendete Zellen bleiben erhalten…</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="550"/>
        <source>Export Grid Table</source>
        <translation>Raster-Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="551"/>
        <source>Markdown (*.md);;HTML page (*.html);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;HTML-Seite (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="562"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="568"/>
        <source>The table was not written: %1</source>
        <translation>Die Tabelle wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../widgets/gridwidget.cpp" line="572"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
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
        <location filename="../core/report/htmlreport.cpp" line="297"/>
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
        <location filename="../core/report/htmlreport.cpp" line="222"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="178"/>
        <location filename="../core/report/htmlreport.cpp" line="222"/>
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
        <location filename="../core/report/htmlreport.cpp" line="275"/>
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
        <location filename="../core/report/htmlreport.cpp" line="275"/>
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
        <location filename="../core/report/htmlreport.cpp" line="210"/>
        <source>Score distributions and separation</source>
        <translation>Score-Verteilungen und Trennung</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="211"/>
        <source>Cosine similarity of every candidate to the query before and after refinement, relevant and irrelevant documents as shares of their group over the same bins: the largest gain, the largest loss and the median query.</source>
        <translation>Kosinus-Ähnlichkeit jedes Kandidaten zur Anfrage vor und nach der Verfeinerung, relevante und irrelevante Dokumente als Anteile ihrer Gruppe über dieselben Intervalle: der größte Gewinn, der größte Verlust und die Median-Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="221"/>
        <source>best F1</source>
        <translation>bestes F1</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="221"/>
        <source>mean relevant</source>
        <translation>Mittel relevant</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="221"/>
        <source>mean irrelevant</source>
        <translation>Mittel irrelevant</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="234"/>
        <source>Explanations</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="235"/>
        <source>The queries whose AP changed most. &lt;b&gt;ΔAP contribution&lt;/b&gt; of a judged document: AP with all feedback minus AP when the query is refined again without that document. &lt;b&gt;Pull&lt;/b&gt;: the document&apos;s gradient term summed over the steps, along the direction towards it (towards: the query was pulled to it, away: pushed from it); &lt;b&gt;share&lt;/b&gt;: its part of all pulling and pushing. &lt;b&gt;AP part&lt;/b&gt; of a group: AP summed over the group&apos;s relevant documents only (precision still counts every relevant document), so the judged and never-judged parts add up to AP.</source>
        <translation>Die Anfragen, deren AP sich am stärksten änderte. &lt;b&gt;ΔAP-Beitrag&lt;/b&gt; eines bewerteten Dokuments: AP mit allem Feedback minus AP, wenn die Anfrage ohne dieses Dokument erneut verfeinert wird. &lt;b&gt;Anziehung&lt;/b&gt;: der Gradiententerm des Dokuments, über die Schritte summiert, entlang der Richtung zu ihm hin (anziehend: die Anfrage wurde zu ihm gezogen, abstoßend: von ihm weggeschoben); &lt;b&gt;Anteil&lt;/b&gt;: sein Teil an aller Anziehung und Abstoßung. &lt;b&gt;AP-Teil&lt;/b&gt; einer Gruppe: AP, nur über die relevanten Dokumente der Gruppe summiert (die Präzision zählt weiterhin jedes relevante Dokument), sodass sich die Teile der bewerteten und der nie bewerteten Dokumente zur AP addieren.</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="246"/>
        <source>AP %1 → %2 (%3)</source>
        <translation>AP %1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="247"/>
        <source>Influence of the judged documents</source>
        <translation>Einfluss der bewerteten Dokumente</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="248"/>
        <source>Rank movers</source>
        <translation>Rangveränderungen</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="250"/>
        <source>Terms</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="253"/>
        <source>after %1 steps: ‖q − q₀‖ = %2, cos(q, q₀) = %3</source>
        <translation>nach %1 Schritten: ‖q − q₀‖ = %2, cos(q, q₀) = %3</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="257"/>
        <source>; overshoot: AP peaked at %1 at step %2 and fell to %3 while the loss kept falling</source>
        <translation>; Überschießen: AP erreichte bei Schritt %2 den Höchstwert %1 und fiel auf %3, während der Verlust weiter fiel</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="261"/>
        <source>Drift:</source>
        <translation>Drift:</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="268"/>
        <source>Failure triage</source>
        <translation>Fehlertriage</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="270"/>
        <source>No query got worse.</source>
        <translation>Keine Anfrage wurde schlechter.</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="273"/>
        <source>1 query got worse; the reasons found, with their evidence.</source>
        <translation>1 Anfrage wurde schlechter; die gefundenen Gründe mit ihren Belegen.</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="274"/>
        <source>%1 queries got worse; the reasons found for each, with their evidence.</source>
        <translation>%1 Anfragen wurden schlechter; die für jede gefundenen Gründe mit ihren Belegen.</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="275"/>
        <source>AP before → after</source>
        <translation>AP vorher → nachher</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="275"/>
        <source>reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="285"/>
        <source>Written by Tare. AP, nDCG@10 and the other measures are computed as trec_eval computes them (relevant: grade &amp;gt; 0).</source>
        <translation>Geschrieben von Tare. AP, nDCG@10 und die anderen Maße werden so berechnet, wie trec_eval sie berechnet (relevant: Stufe &amp;gt; 0).</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="292"/>
        <source>Tare report: experiment %1 (%2)</source>
        <translation>Tare-Bericht: Experiment %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/htmlreport.cpp" line="294"/>
        <source>%1 · %2 · generated %3</source>
        <translation>%1 · %2 · erstellt %3</translation>
    </message>
</context>
<context>
    <name>tare::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="101"/>
        <source>libcurl could not create a multi handle</source>
        <translation>libcurl konnte kein Multi-Handle erzeugen</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="155"/>
        <source>the HTTP client is shutting down</source>
        <translation>der HTTP-Client wird beendet</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="247"/>
        <location filename="../core/net/httpclient.cpp" line="412"/>
        <location filename="../core/net/httpclient.cpp" line="529"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="251"/>
        <source>not sent: an earlier request of the batch failed with %1</source>
        <translation>nicht gesendet: eine frühere Anfrage des Stapels ist mit %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="421"/>
        <source>the response is larger than %1 MiB, the most accepted for this request; it was not read further (a misbehaving or hostile server?)</source>
        <translation>die Antwort ist größer als %1 MiB, das Maximum für diese Serveranfrage; sie wurde nicht weiter gelesen (ein fehlerhafter oder feindseliger Server?)</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="440"/>
        <source>HTTP %1: the server asks to retry after %2 s: %3</source>
        <translation>HTTP %1: der Server bittet um einen neuen Versuch nach %2 s: %3</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="454"/>
        <source>HTTP %1 after %2 attempt(s): %3</source>
        <translation>HTTP %1 nach %2 Versuch(en): %3</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="461"/>
        <source>HTTP %1: the server redirects without saying where; Tare does not follow redirects</source>
        <translation>HTTP %1: der Server leitet um, ohne ein Ziel anzugeben; Tare folgt keinen Umleitungen</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="463"/>
        <source>HTTP %1: the server redirects to %2; Tare does not follow redirects: use that address as the endpoint if you trust it</source>
        <translation>HTTP %1: der Server leitet auf %2 um; Tare folgt keinen Umleitungen: verwenden Sie diese Adresse als Endpunkt, wenn Sie ihr vertrauen</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="468"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="481"/>
        <source>network error after %1 attempt(s): %2</source>
        <translation>Netzwerkfehler nach %1 Versuch(en): %2</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="482"/>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="550"/>
        <source>libcurl could not start the transfer</source>
        <translation>libcurl konnte die Übertragung nicht starten</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="592"/>
        <source>the HTTP client was shut down</source>
        <translation>der HTTP-Client wurde beendet</translation>
    </message>
</context>
<context>
    <name>tare::HumanFeedbackRun</name>
    <message>
        <location filename="../core/feedback/humanfeedbackrun.cpp" line="41"/>
        <source>judge %1 is not a person</source>
        <translation>Bewerter %1 ist keine Person</translation>
    </message>
    <message>
        <location filename="../core/feedback/humanfeedbackrun.cpp" line="44"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::HumanJudgmentStore</name>
    <message>
        <location filename="../core/db/humanjudgmentstore.cpp" line="51"/>
        <source>an annotator needs a name</source>
        <translation>ein Annotator braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../core/db/humanjudgmentstore.cpp" line="53"/>
        <source>the annotator name &apos;%1…&apos; is longer than 64 characters</source>
        <translation>der Annotatorname &apos;%1…&apos; ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/db/humanjudgmentstore.cpp" line="55"/>
        <source>an annotator name cannot hold control characters</source>
        <translation>ein Annotatorname darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../core/db/humanjudgmentstore.cpp" line="57"/>
        <source>&apos;%1&apos; is reserved; choose another annotator name</source>
        <translation>&apos;%1&apos; ist reserviert; wählen Sie einen anderen Annotatornamen</translation>
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
        <location filename="../core/embed/hydequerywriter.cpp" line="77"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="92"/>
        <source>writing the hypothetical document of query %1 failed: %2</source>
        <translation>das Schreiben des hypothetischen Dokuments von Anfrage %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="98"/>
        <source>the hypothetical document of query %1: %2</source>
        <translation>das hypothetische Dokument von Anfrage %1: %2</translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="101"/>
        <source>the model wrote an empty hypothetical document for query %1</source>
        <translation>das Modell schrieb ein leeres hypothetisches Dokument für Anfrage %1</translation>
    </message>
    <message>
        <location filename="../core/embed/hydequerywriter.cpp" line="104"/>
        <source>writing hypothetical documents</source>
        <translation>hypothetische Dokumente werden geschrieben</translation>
    </message>
</context>
<context>
    <name>tare::HydeSpaceBuilder</name>
    <message>
        <location filename="../core/embed/hydespacebuilder.cpp" line="20"/>
        <source>no embedding space with id %1</source>
        <translation>kein Einbettungsraum mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/embed/hydespacebuilder.cpp" line="29"/>
        <source>HyDE needs a space Tare can embed new text into (lsa or openai); &apos;%1&apos; is a %2 space</source>
        <translation>HyDE braucht einen Raum, in den Tare neuen Text einbetten kann (lsa oder openai); &apos;%1&apos; ist ein %2-Raum</translation>
    </message>
</context>
<context>
    <name>tare::HydeSpaceCommand</name>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="45"/>
        <source>A HyDE space is being built already.</source>
        <translation>Es wird bereits ein HyDE-Raum erstellt.</translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="50"/>
        <location filename="../app/hydespacecommand.cpp" line="55"/>
        <source>Build HyDE Space</source>
        <translation>HyDE-Raum erstellen</translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="51"/>
        <source>HyDE asks an LLM to write a hypothetical answer for every query. Set an endpoint and a judge model in Settings (Ctrl+,) first, then build the space again.</source>
        <translation>HyDE lässt ein LLM für jede Anfrage eine hypothetische Antwort schreiben. Legen Sie zuerst einen Endpunkt und ein Bewertungsmodell in den Einstellungen fest (Strg+,) und erstellen Sie den Raum dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="56"/>
        <source>Build the HyDE twin of this space?

%1 at %2 writes one hypothetical document per query; each is embedded like the space&apos;s queries and averaged with the query&apos;s own vector. The space&apos;s documents are copied. This costs one chat request per query.</source>
        <translation>Den HyDE-Zwilling dieses Raums erstellen?

%1 unter %2 schreibt ein hypothetisches Dokument je Anfrage; jedes wird wie die Anfragen des Raums eingebettet und mit dem eigenen Vektor der Anfrage gemittelt. Die Dokumente des Raums werden kopiert. Das kostet eine Chat-Serveranfrage je Anfrage.</translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="61"/>
        <source>Build</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="82"/>
        <source>Building the HyDE space: %1 of %2 queries…</source>
        <translation>HyDE-Raum wird erstellt: %1 von %2 Anfragen…</translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="85"/>
        <source>Building the HyDE space…</source>
        <translation>HyDE-Raum wird erstellt…</translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="91"/>
        <source>The HyDE space was not built: %1</source>
        <translation>Der HyDE-Raum wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <location filename="../app/hydespacecommand.cpp" line="95"/>
        <source>Built the space %1</source>
        <translation>Raum %1 erstellt</translation>
    </message>
</context>
<context>
    <name>tare::ImportDialog</name>
    <message>
        <location filename="../widgets/importdialog.cpp" line="38"/>
        <source>Import BEIR Folder</source>
        <translation>BEIR-Ordner importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="38"/>
        <source>Import Classification Table</source>
        <translation>Klassifikationstabelle importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="39"/>
        <source>Import TREC Qrels</source>
        <translation>TREC-Qrels importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="39"/>
        <source>Import Vectors</source>
        <translation>Vektoren importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="50"/>
        <source>Skip malformed records and report them</source>
        <translation>Fehlerhafte Datensätze überspringen und melden</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="64"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="64"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="66"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="69"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="71"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="77"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="80"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="80"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="84"/>
        <source>default: the folder or file name</source>
        <translation>Vorgabe: der Ordner- oder Dateiname</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="84"/>
        <source>an existing dataset of the project</source>
        <translation>ein vorhandener Datensatz des Projekts</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="85"/>
        <source>Name of the new dataset.</source>
        <translation>Name des neuen Datensatzes.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="85"/>
        <source>The dataset the labels or vectors belong to.</source>
        <translation>Der Datensatz, zu dem die Labels oder Vektoren gehören.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="86"/>
        <source>&amp;Dataset:</source>
        <translation>Daten&amp;satz:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="91"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="92"/>
        <source>The labels are read from qrels/&lt;split&gt;.tsv.</source>
        <translation>Die Labels werden aus qrels/&lt;split&gt;.tsv gelesen.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="93"/>
        <source>&amp;Split:</source>
        <translation>&amp;Split:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="96"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="97"/>
        <source>Whole corpus</source>
        <translation>Ganzes Korpus</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="98"/>
        <source>Judged documents of each query</source>
        <translation>Bewertete Dokumente jeder Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="99"/>
        <source>Which documents are ranked for a query: the whole corpus, or only the documents labelled for it.</source>
        <translation>Welche Dokumente für eine Anfrage gerankt werden: das ganze Korpus oder nur die für sie gelabelten Dokumente.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="100"/>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="107"/>
        <source>Text column</source>
        <translation>Textspalte</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="109"/>
        <source>Label column</source>
        <translation>Labelspalte</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="111"/>
        <source>Id column</source>
        <translation>ID-Spalte</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="112"/>
        <source>The column holding each text (a document).</source>
        <translation>Die Spalte mit den Texten (je ein Dokument).</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="113"/>
        <source>The column holding each text&apos;s label (one query per label).</source>
        <translation>Die Spalte mit dem Label jedes Textes (eine Anfrage je Label).</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="114"/>
        <source>Optional document ids; otherwise ids are the file name and the row number.</source>
        <translation>Optionale Dokument-IDs; sonst bestehen IDs aus Dateiname und Zeilennummer.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="115"/>
        <source>&amp;Text column:</source>
        <translation>&amp;Textspalte:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="116"/>
        <source>&amp;Label column:</source>
        <translation>&amp;Labelspalte:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="117"/>
        <source>&amp;Id column:</source>
        <translation>&amp;ID-Spalte:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="122"/>
        <source>Id list</source>
        <translation>ID-Liste</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="123"/>
        <source>one id per line (needed for .npy)</source>
        <translation>eine ID pro Zeile (für .npy nötig)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="124"/>
        <source>&amp;Id list:</source>
        <translation>&amp;ID-Liste:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="127"/>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="129"/>
        <source>&amp;Space:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="130"/>
        <source>These are query vectors</source>
        <translation>Dies sind Anfragevektoren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="133"/>
        <source>Store as float16 (half the memory)</source>
        <translation>Als float16 speichern (halber Speicher)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="135"/>
        <source>Keeps a new space&apos;s document vectors as float16: half the memory and file size, scored with float32 sums; rankings barely move (MAP within 0.001 in Tare&apos;s tests). Components beyond ±65504 are refused.</source>
        <translation>Speichert die Dokumentvektoren eines neuen Raums als float16: halber Speicher und halbe Dateigröße, bewertet mit float32-Summen; Rangfolgen bewegen sich kaum (MAP in Tares Tests innerhalb von 0,001). Komponenten jenseits von ±65504 werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="142"/>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="146"/>
        <source>Paper preset</source>
        <translation>Paper-Vorlage</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="147"/>
        <source>One of the paper&apos;s six datasets: fills in its instruction, task type, pool and how its documents are joined, as the paper&apos;s code has them.</source>
        <translation>Einer der sechs Datensätze des Papers: trägt seine Anweisung, seinen Aufgabentyp, seinen Pool und die Verbindung seiner Dokumente so ein, wie der Code des Papers sie festlegt.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="149"/>
        <source>Pape&amp;r preset:</source>
        <translation>Paper-&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="151"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="152"/>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="155"/>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="156"/>
        <source>LLM judges are told the task only for classification datasets, as in the paper&apos;s code.</source>
        <translation>LLM-Bewerter erfahren die Aufgabe nur bei Klassifikationsdatensätzen, wie im Code des Papers.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="157"/>
        <source>Tas&amp;k type:</source>
        <translation>&amp;Aufgabentyp:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="160"/>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="161"/>
        <source>e.g. Given a claim, find the arguments that support it</source>
        <translation>z. B. Finde zu einer Behauptung die Argumente, die sie stützen</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="162"/>
        <source>The dataset&apos;s task instruction: {instruction} in embedding query templates, and the judge&apos;s task sentence for classification datasets.</source>
        <translation>Die Aufgabenanweisung des Datensatzes: {instruction} in Anfragevorlagen für Embeddings und der Aufgabensatz des Bewerters bei Klassifikationsdatensätzen.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="164"/>
        <source>I&amp;nstruction:</source>
        <translation>A&amp;nweisung:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="175"/>
        <source>Choose the input to see its first rows.</source>
        <translation>Wählen Sie die Eingabe, um ihre ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="180"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="184"/>
        <source>Preview (first rows):</source>
        <translation>Vorschau (erste Zeilen):</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="218"/>
        <source>BEIR Folder</source>
        <translation>BEIR-Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="220"/>
        <source>Tables (*.csv *.tsv *.tab *.jsonl *.ndjson);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.tab *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="221"/>
        <source>Vectors (*.npy *.jsonl);;All files (*)</source>
        <translation>Vektoren (*.npy *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="222"/>
        <source>Qrels (*.qrels *.txt *.tsv);;All files (*)</source>
        <translation>Qrels (*.qrels *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="233"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="291"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="320"/>
        <source>Choose the input first.</source>
        <translation>Wählen Sie zuerst die Eingabe.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="325"/>
        <source>Name the dataset the labels or vectors belong to.</source>
        <translation>Nennen Sie den Datensatz, zu dem die Labels oder Vektoren gehören.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="366"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="373"/>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="400"/>
        <source>The import was stopped; nothing of it was kept.</source>
        <translation>Der Import wurde angehalten; nichts davon wurde behalten.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="445"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="454"/>
        <source>Imported %n vector(s).</source>
        <translation>
            <numerusform>%n Vektor importiert.</numerusform>
            <numerusform>%n Vektoren importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="455"/>
        <source>Imported %1 documents, %2 queries and %3 labels.</source>
        <translation>%1 Dokumente, %2 Anfragen und %3 Labels importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="457"/>
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
        <location filename="../core/models/influencemodel.cpp" line="14"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="16"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="31"/>
        <source>pull %1%</source>
        <translation>Anziehung %1%</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="31"/>
        <source>push %1%</source>
        <translation>Abstoßung %1%</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="11"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="12"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="13"/>
        <source>Judge score</source>
        <translation>Bewerterwert</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="16"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="18"/>
        <source>ΔAP contribution</source>
        <translation>ΔAP-Beitrag</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="25"/>
        <source>Share of update</source>
        <translation>Anteil an Änderung</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="34"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="19"/>
        <source>AP with all the feedback minus AP when the query is refined again without this document (&gt; 0: the document helped).</source>
        <translation>AP mit allem Feedback minus AP, wenn die Anfrage ohne dieses Dokument erneut verfeinert wird (&gt; 0: das Dokument hat geholfen).</translation>
    </message>
    <message>
        <location filename="../core/models/influencemodel.cpp" line="26"/>
        <source>The document&apos;s share of all pulling and pushing over the steps: pull = the query moved towards it, push = away from it.</source>
        <translation>Der Anteil des Dokuments an aller Anziehung und Abstoßung über die Schritte: Anziehung = die Anfrage bewegte sich zu ihm hin, Abstoßung = von ihm weg.</translation>
    </message>
</context>
<context>
    <name>tare::JobTracker</name>
    <message>
        <location filename="../core/jobs/jobtracker.cpp" line="58"/>
        <source>cancelled before it began</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/jobs/jobtracker.cpp" line="63"/>
        <source>an unknown error stopped the work</source>
        <translation>ein unbekannter Fehler hat die Arbeit beendet</translation>
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
        <location filename="../core/io/jsonrecord.cpp" line="50"/>
        <source>field &quot;%1&quot; contains a NUL character (\u0000)</source>
        <translation>Feld &quot;%1&quot; enthält ein NUL-Zeichen (\u0000)</translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="60"/>
        <source>field &quot;%1&quot; is empty</source>
        <translation>Feld &quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="67"/>
        <location filename="../core/io/jsonrecord.cpp" line="71"/>
        <source>field &quot;%1&quot; must be a string or an integer</source>
        <translation>Feld &quot;%1&quot; muss eine Zeichenkette oder eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="70"/>
        <location filename="../core/io/jsonrecord.cpp" line="78"/>
        <source>missing field &quot;%1&quot;</source>
        <translation>fehlendes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="80"/>
        <location filename="../core/io/jsonrecord.cpp" line="90"/>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>Feld &quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
</context>
<context>
    <name>tare::Judge</name>
    <message>
        <location filename="../core/judge/judge.cpp" line="21"/>
        <source>… (%1 bytes in all; only the first %2 are kept)</source>
        <translation>… (insgesamt %1 Bytes; nur die ersten %2 werden behalten)</translation>
    </message>
    <message>
        <location filename="../core/judge/judge.cpp" line="46"/>
        <source>the judge&apos;s score %1 is not a finite number</source>
        <translation>der Wert %1 des Bewerters ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../core/judge/judge.cpp" line="47"/>
        <source>the judge gave no score</source>
        <translation>der Bewerter hat keinen Wert geliefert</translation>
    </message>
</context>
<context>
    <name>tare::JudgeChooserWidget</name>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="37"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="40"/>
        <source>Gold labels</source>
        <translation>Gold-Labels</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="41"/>
        <source>Simulated: flipped labels</source>
        <translation>Simuliert: vertauschte Labels</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="42"/>
        <source>Simulated: Gaussian noise</source>
        <translation>Simuliert: Gaußsches Rauschen</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="43"/>
        <source>LLM yes/no</source>
        <translation>LLM Ja/Nein</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="44"/>
        <source>LLM rating 0–100</source>
        <translation>LLM-Bewertung 0–100</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="45"/>
        <source>Reranker (TEI)</source>
        <translation>Reranker (TEI)</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="46"/>
        <source>Reranker (Cohere-compatible)</source>
        <translation>Reranker (Cohere-kompatibel)</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="47"/>
        <source>The dataset&apos;s gold labels: the upper bound of what a judge can give.</source>
        <translation>Die Gold-Labels des Datensatzes: die Obergrenze dessen, was ein Bewerter liefern kann.</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="48"/>
        <source>Gold labels with a share of them flipped at random (seeded): how feedback errors matter.</source>
        <translation>Gold-Labels, von denen ein Anteil zufällig vertauscht wird (mit Startwert): wie sich Feedback-Fehler auswirken.</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="50"/>
        <source>Gold labels plus Gaussian noise of standard deviation σ (seeded).</source>
        <translation>Gold-Labels plus Gaußsches Rauschen mit Standardabweichung σ (mit Startwert).</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="51"/>
        <source>Who judges the selected documents: the gold labels, a simulated judge, or a model over HTTP (endpoint and model in Settings, Ctrl+,).</source>
        <translation>Wer die ausgewählten Dokumente beurteilt: die Gold-Labels, ein simulierter Bewerter oder ein Modell über HTTP (Endpunkt und Modell in den Einstellungen, Strg+,).</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="53"/>
        <source>Judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="59"/>
        <source>Judge noise</source>
        <translation>Bewerterrauschen</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="62"/>
        <source>The simulated judge&apos;s random seed: another seed flips other labels.</source>
        <translation>Der Zufalls-Startwert des simulierten Bewerters: ein anderer Startwert vertauscht andere Labels.</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="63"/>
        <source>Judge seed</source>
        <translation>Startwert des Bewerters</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="92"/>
        <source>&amp;Flip rate:</source>
        <translation>&amp;Vertauschungsrate:</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="92"/>
        <source>&amp;σ:</source>
        <translation>&amp;σ:</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="93"/>
        <source>Share of the judged labels flipped (0 to 1).</source>
        <translation>Anteil der vertauschten bewerteten Labels (0 bis 1).</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="94"/>
        <source>Standard deviation of the noise added to each gold score.</source>
        <translation>Standardabweichung des Rauschens, das zu jedem Gold-Wert addiert wird.</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="167"/>
        <source>Needs an endpoint and a judge model: set them in Settings (Ctrl+,).</source>
        <translation>Benötigt einen Endpunkt und ein Bewertungsmodell: in den Einstellungen festlegen (Strg+,).</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="169"/>
        <source>Needs an endpoint: set it in Settings (Ctrl+,).</source>
        <translation>Benötigt einen Endpunkt: in den Einstellungen festlegen (Strg+,).</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="171"/>
        <source>Needs a judge model: set it in Settings (Ctrl+,).</source>
        <translation>Benötigt ein Bewertungsmodell: in den Einstellungen festlegen (Strg+,).</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="174"/>
        <source>Judged by %1 at %2.</source>
        <translation>Bewertet von %1 unter %2.</translation>
    </message>
    <message>
        <location filename="../widgets/judgechooserwidget.cpp" line="175"/>
        <source>Judged by the reranker at %1.</source>
        <translation>Bewertet vom Reranker unter %1.</translation>
    </message>
</context>
<context>
    <name>tare::JudgeFactory</name>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="55"/>
        <source>an HTTP judge needs an endpoint URL</source>
        <translation>ein HTTP-Bewerter braucht eine Endpunkt-URL</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="45"/>
        <source>invalid judge &apos;%1&apos;: %2 (use gold, simulated:flip=RATE, simulated:sigma=SD with optional ,seed=N, llm-yesno, llm-rating[:raw], llm-truefalse, rerank[:raw] or rerank-cohere)</source>
        <translation>ungültiger Bewerter &apos;%1&apos;: %2 (verwenden Sie gold, simulated:flip=RATE, simulated:sigma=SD mit optionalem ,seed=N, llm-yesno, llm-rating[:raw], llm-truefalse, rerank[:raw] oder rerank-cohere)</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="72"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="75"/>
        <source>raw scores are an option of llm-rating and rerank</source>
        <translation>Roh-Scores (raw) sind eine Option von llm-rating und rerank</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="77"/>
        <source>content-filter is an option of the LLM judges</source>
        <translation>content-filter ist eine Option der LLM-Bewerter</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="99"/>
        <source>unknown judge</source>
        <translation>unbekannter Bewerter</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="119"/>
        <source>bad parameter &apos;%1&apos;</source>
        <translation>ungültiger Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="122"/>
        <source>a simulated judge needs flip or sigma</source>
        <translation>ein simulierter Bewerter braucht flip oder sigma</translation>
    </message>
</context>
<context>
    <name>tare::JudgedSelection</name>
    <message>
        <location filename="../core/refine/judgedselection.cpp" line="61"/>
        <source>Cannot judge %1 documents from the top out of %2: both must be zero or more</source>
        <translation>Kann nicht %1 Dokumente von der Spitze aus insgesamt %2 beurteilen: beide Werte müssen null oder größer sein</translation>
    </message>
</context>
<context>
    <name>tare::JudgmentExporter</name>
    <message>
        <location filename="../core/io/judgmentexporter.cpp" line="57"/>
        <source>no judge with id %1</source>
        <translation>kein Bewerter mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/io/judgmentexporter.cpp" line="89"/>
        <source>no judge &apos;%1&apos;: the project has no judges yet</source>
        <translation>kein Bewerter &apos;%1&apos;: das Projekt hat noch keine Bewerter</translation>
    </message>
    <message>
        <location filename="../core/io/judgmentexporter.cpp" line="90"/>
        <source>no judge &apos;%1&apos;; the project&apos;s judges: %2</source>
        <translation>kein Bewerter &apos;%1&apos;; die Bewerter des Projekts: %2</translation>
    </message>
</context>
<context>
    <name>tare::JudgmentReasoner</name>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="18"/>
        <source>asking for a reason needs an endpoint URL (Settings)</source>
        <translation>die Frage nach einer Begründung braucht eine Endpunkt-URL (Einstellungen)</translation>
    </message>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="20"/>
        <source>asking for a reason needs a model name (Settings)</source>
        <translation>die Frage nach einer Begründung braucht einen Modellnamen (Einstellungen)</translation>
    </message>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="31"/>
        <source>Judge the relevance according to the following task: %1</source>
        <translation>Judge the relevance according to the following task: %1</translation>
    </message>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="72"/>
        <location filename="../core/judge/judgmentreasoner.cpp" line="75"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="77"/>
        <source>the model did not answer: %1</source>
        <translation>das Modell hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../core/judge/judgmentreasoner.cpp" line="83"/>
        <source>the model&apos;s reply holds no text</source>
        <translation>die Antwort des Modells enthält keinen Text</translation>
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
    <name>tare::LessonRun</name>
    <message>
        <location filename="../core/teach/lessonrun.cpp" line="36"/>
        <source>the bundled teaching dataset was not found (looked in %1)</source>
        <translation>der mitgelieferte Lehrdatensatz wurde nicht gefunden (gesucht in %1)</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonrun.cpp" line="62"/>
        <source>the lesson run ended %1</source>
        <translation>der Lauf der Lektion endete mit %1</translation>
    </message>
</context>
<context>
    <name>tare::LessonScript</name>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="44"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="89"/>
        <source>Step 0: what the judge wants (p)</source>
        <translation>Schritt 0: was der Bewerter will (p)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/teach/lessonscript.cpp" line="92"/>
        <source>The white triangle is the query where the embedding model put it; the %n marks around it are the documents the judge scored, coloured by that score (red: relevant, blue: not).</source>
        <translation>
            <numerusform>Das weiße Dreieck ist die Anfrage, wo das Einbettungsmodell sie platziert hat; die %n Markierung darum ist das Dokument, das der Bewerter bewertet hat, gefärbt nach diesem Wert (rot: relevant, blau: nicht).</numerusform>
            <numerusform>Das weiße Dreieck ist die Anfrage, wo das Einbettungsmodell sie platziert hat; die %n Markierungen darum sind die Dokumente, die der Bewerter bewertet hat, gefärbt nach diesem Wert (rot: relevant, blau: nicht).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="96"/>
        <source>The grey bars are the target p: the judge&apos;s scores turned into shares that add up to 1 (p = softmax of the scores).</source>
        <translation>Die grauen Balken sind das Ziel p: die Werte des Bewerters, umgerechnet in Anteile, die sich zu 1 summieren (p = Softmax der Werte).</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="100"/>
        <source>Document %1 gets the largest share, %2.</source>
        <translation>Dokument %1 erhält den größten Anteil, %2.</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="104"/>
        <source>Step %1: what the query says (r)</source>
        <translation>Schritt %1: was die Anfrage sagt (r)</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="105"/>
        <source>The blue bars are r: the same kind of shares, computed from the query&apos;s cosine similarity to each judged document (r = softmax of the cosines). Cosines differ little, so r is much flatter than p.</source>
        <translation>Die blauen Balken sind r: dieselbe Art von Anteilen, berechnet aus der Kosinus-Ähnlichkeit der Anfrage zu jedem bewerteten Dokument (r = Softmax der Kosinuswerte). Die Kosinuswerte unterscheiden sich kaum, daher ist r viel flacher als p.</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="111"/>
        <source>Document %1 is furthest apart: p %2, r %3.</source>
        <translation>Bei Dokument %1 liegen beide am weitesten auseinander: p %2, r %3.</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="116"/>
        <source>Step %1: the loss measures the gap</source>
        <translation>Schritt %1: Der Verlust misst den Abstand</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="117"/>
        <source>The loss is KL(p‖r) = Σ p·log(p/r). It is 0 only when r equals p; a document the judge likes more than the query does (p above r) adds the most. Now %1; it started at %2.</source>
        <translation>Der Verlust ist KL(p‖r) = Σ p·log(p/r). Er ist nur dann 0, wenn r gleich p ist; am meisten trägt ein Dokument bei, das der Bewerter mehr mag als die Anfrage (p über r). Jetzt %1; zu Beginn %2.</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="122"/>
        <source>Step %1: how the query moves</source>
        <translation>Schritt %1: Wie sich die Anfrage bewegt</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="123"/>
        <source>Each step, Adam moves the query a little down the gradient of the loss: towards the documents r gives less than p, away from those it gives more. The black line is the path so far.</source>
        <translation>In jedem Schritt bewegt Adam die Anfrage ein Stück entlang des Gradienten des Verlusts abwärts: hin zu den Dokumenten, denen r weniger gibt als p, weg von denen, denen es mehr gibt. Die schwarze Linie ist der bisherige Weg.</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="129"/>
        <source>Now it pulls hardest towards %1 (p %2, r %3) and pushes away from %4 (p %5, r %6).</source>
        <translation>Jetzt zieht es die Anfrage am stärksten zu %1 (p %2, r %3) und drängt sie am stärksten von %4 weg (p %5, r %6).</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="135"/>
        <source>Step %1: what the ranking sees</source>
        <translation>Schritt %1: Was das Ranking sieht</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="136"/>
        <source>The whole corpus is ranked by its cosine to the moved query. AP is %1 now (%2 at the start); the top ten holds %3 relevant documents (%4 at the start).</source>
        <translation>Das ganze Korpus wird nach dem Kosinus zur bewegten Anfrage gerankt. AP ist jetzt %1 (%2 zu Beginn); unter den ersten zehn sind %3 relevante Dokumente (%4 zu Beginn).</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="143"/>
        <source>Step %1: done</source>
        <translation>Schritt %1: fertig</translation>
    </message>
    <message>
        <location filename="../core/teach/lessonscript.cpp" line="144"/>
        <source>After %1 steps the loss fell from %2 to %3 and AP went from %4 to %5. The refined query ranks the corpus the way the judge&apos;s scores asked for, as far as small steps on one vector allow.</source>
        <translation>Nach %1 Schritten fiel der Verlust von %2 auf %3, und AP änderte sich von %4 auf %5. Die verfeinerte Anfrage rankt das Korpus so, wie es die Werte des Bewerters verlangten – soweit kleine Schritte an einem einzigen Vektor das erlauben.</translation>
    </message>
</context>
<context>
    <name>tare::LineReader</name>
    <message>
        <location filename="../core/io/linereader.cpp" line="24"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/io/linereader.cpp" line="41"/>
        <source>the file is %1 (it starts with its byte-order mark); Tare reads UTF-8: convert it first, e.g. iconv -f %1 -t UTF-8</source>
        <translation>die Datei ist in %1 kodiert (sie beginnt mit dessen Byte-Order-Mark); Tare liest UTF-8: konvertieren Sie sie zuerst, z. B. mit iconv -f %1 -t UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/linereader.cpp" line="49"/>
        <source>the line is longer than %1 MiB, the most one record may take (is this the right file?)</source>
        <translation>die Zeile ist länger als %1 MiB, das Maximum für einen Eintrag (ist das die richtige Datei?)</translation>
    </message>
    <message>
        <location filename="../core/io/linereader.cpp" line="73"/>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
</context>
<context>
    <name>tare::LlmJudge</name>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="44"/>
        <source>the LLM judge needs an endpoint URL</source>
        <translation>der LLM-Bewerter braucht eine Endpunkt-URL</translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="46"/>
        <source>the LLM judge needs a model name</source>
        <translation>der LLM-Bewerter braucht einen Modellnamen</translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="176"/>
        <source>%1; scored 0.5 as the paper does</source>
        <translation>%1; mit 0,5 bewertet, wie im Paper</translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="180"/>
        <source>the provider&apos;s content filter refused the prompt</source>
        <translation>der Inhaltsfilter des Anbieters hat den Prompt abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="194"/>
        <source>the reply was withheld by the provider&apos;s content filter</source>
        <translation>die Antwort wurde vom Inhaltsfilter des Anbieters zurückgehalten</translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="206"/>
        <source>the reply does not start with a rating: %1</source>
        <translation>die Antwort beginnt nicht mit einer Bewertung: %1</translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="212"/>
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
        <location filename="../core/embed/lsaspacebuilder.cpp" line="66"/>
        <source>embedding cancelled; nothing was stored</source>
        <translation>Einbettung abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="72"/>
        <source>embedding documents</source>
        <translation>Dokumente werden eingebettet</translation>
    </message>
</context>
<context>
    <name>tare::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="117"/>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="126"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="127"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>Run dashboard</source>
        <translation>Lauf-Dashboard</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="129"/>
        <source>Query inspector</source>
        <translation>Anfrage-Inspektor</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="130"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>Trajectory</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="133"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134"/>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="135"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="137"/>
        <source>Annotate</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source>Run &amp;List</source>
        <translation>Lauf&amp;liste</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>Every run of the project: open one, use its settings, rename or delete it.</source>
        <translation>Alle Läufe des Projekts: einen öffnen, seine Einstellungen übernehmen, ihn umbenennen oder löschen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="170"/>
        <source>The run shown: is it helping, its curves and its queries.</source>
        <translation>Der angezeigte Lauf: ob er hilft, seine Kurven und seine Anfragen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="171"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotation</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>Annotation &amp;Queue</source>
        <translation>Annotations&amp;warteschlange</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>Label the judged documents of the run shown where the judge, gold or people disagree.</source>
        <translation>Die bewerteten Dokumente des angezeigten Laufs labeln, wo Bewerter, Gold oder Personen uneins sind.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>&amp;Lesson: How Refinement Works</source>
        <translation>&amp;Lektion: So funktioniert die Verfeinerung</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="189"/>
        <source>Plays a refinement on the bundled teaching dataset with captions that explain each part.</source>
        <translation>Spielt eine Verfeinerung auf dem mitgelieferten Lehrdatensatz ab, mit Erläuterungen zu jedem Teil.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="248"/>
        <location filename="../app/mainwindow.cpp" line="257"/>
        <source>Re-refined query stored in run %1</source>
        <translation>Neu verfeinerte Anfrage in Lauf %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="272"/>
        <source>Document %1: its text and figures are selected in the table below the charts</source>
        <translation>Dokument %1: Text und Kennzahlen sind in der Tabelle unter den Diagrammen ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="537"/>
        <location filename="../app/mainwindow.cpp" line="565"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="537"/>
        <source>Open a project with a run (or show an experiment) first.</source>
        <translation>Öffnen Sie zuerst ein Projekt mit einem Lauf (oder zeigen Sie ein Experiment an).</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="540"/>
        <source>experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="540"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="542"/>
        <source>Export Report of %1</source>
        <translation>Bericht von %1 exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="543"/>
        <source>HTML page (*.html);;Markdown (*.md);;CSV (*.csv)</source>
        <translation>HTML-Seite (*.html);;Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="549"/>
        <source>Writing the report of %1…</source>
        <translation>Bericht von %1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="572"/>
        <source>Lesson: How Refinement Works</source>
        <translation>Lektion: So funktioniert die Verfeinerung</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="572"/>
        <source>Open a project first (the sample project will do).</source>
        <translation>Öffnen Sie zuerst ein Projekt (das Beispielprojekt genügt).</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="575"/>
        <source>Preparing the lesson (teaching dataset, built-in embedder, one run)…</source>
        <translation>Lektion wird vorbereitet (Lehrdatensatz, eingebauter Einbetter, ein Lauf)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="584"/>
        <source>The lesson could not start: %1</source>
        <translation>Die Lektion konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="598"/>
        <source>Lesson: run %1 on the teaching dataset; Space plays and pauses</source>
        <translation>Lektion: Lauf %1 auf dem Lehrdatensatz; Leertaste spielt ab und pausiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="287"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="141"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="451"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="432"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="77"/>
        <source>the sample_data folder was not found</source>
        <translation>der Ordner sample_data wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="431"/>
        <source>Opening %1 (the first start fits the built-in embedder)…</source>
        <translation>%1 wird geöffnet (beim ersten Start wird der eingebaute Einbetter angepasst)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="444"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="445"/>
        <source>Could not open %1; %2 is still open</source>
        <translation>%1 konnte nicht geöffnet werden; %2 bleibt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="464"/>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="479"/>
        <source>%1 — Tare</source>
        <translation>%1 — Tare</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="480"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
</context>
<context>
    <name>tare::MarkdownReport</name>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="68"/>
        <source>item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="68"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="95"/>
        <source>Tare report: run %1</source>
        <translation>Tare-Bericht: Lauf %1</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="96"/>
        <source>%1 · %2 · judge %3 · refiner %4</source>
        <translation>%1 · %2 · Bewerter %3 · Verfeinerer %4</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="99"/>
        <location filename="../core/report/markdownreport.cpp" line="192"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="100"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="104"/>
        <source>mean over queries</source>
        <translation>Mittel über Anfragen</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="104"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="104"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="104"/>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="115"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>AP before</source>
        <translation>AP vorher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>AP after</source>
        <translation>AP nachher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>nDCG@10 before</source>
        <translation>nDCG@10 vorher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="117"/>
        <source>nDCG@10 after</source>
        <translation>nDCG@10 nachher</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="118"/>
        <source>judged relevant</source>
        <translation>als relevant bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="118"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="122"/>
        <source>Explanations</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="127"/>
        <source>Most influential judged documents (ΔAP contribution = AP − AP refined without it; pull &gt; 0: towards it):</source>
        <translation>Einflussreichste bewertete Dokumente (ΔAP-Beitrag = AP − AP ohne es verfeinert; Anziehung &gt; 0: zu ihm hin):</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="133"/>
        <source>- %1 (gold %2, judge %3): ΔAP %4, pull %5 (%6 of all pull/push)
</source>
        <translation>- %1 (Gold %2, Bewerter %3): ΔAP %4, Anziehung %5 (%6 aller Anziehung/Abstoßung)
</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="136"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="140"/>
        <source>- %1: %2 relevant of %3 documents, %4 rose, %5 fell; AP part %6 → %7 (%8)
</source>
        <translation>- %1: %2 relevante von %3 Dokumenten, %4 gestiegen, %5 gefallen; AP-Teil %6 → %7 (%8)
</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="148"/>
        <source>Rank movers:</source>
        <translation>Rangveränderungen:</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="148"/>
        <source>judged</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="149"/>
        <source>never judged</source>
        <translation>nie bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="155"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="157"/>
        <source>Terms gained: %1</source>
        <translation>Gewonnene Terme: %1</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="158"/>
        <source>Terms lost: %1</source>
        <translation>Verlorene Terme: %1</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="161"/>
        <source>Drift after %1 steps: ‖q − q₀‖ = %2, cos = %3</source>
        <translation>Drift nach %1 Schritten: ‖q − q₀‖ = %2, cos = %3</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="165"/>
        <source>; overshoot after step %1 (AP %2 → %3)</source>
        <translation>; Überschießen nach Schritt %1 (AP %2 → %3)</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="174"/>
        <source>Failure triage</source>
        <translation>Fehlertriage</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="176"/>
        <source>No query got worse.</source>
        <translation>Keine Anfrage wurde schlechter.</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="182"/>
        <source>no reason found</source>
        <translation>kein Grund gefunden</translation>
    </message>
    <message>
        <location filename="../core/report/markdownreport.cpp" line="191"/>
        <source>Tare report: experiment %1 (%2)</source>
        <translation>Tare-Bericht: Experiment %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tare::MethodComparison</name>
    <message>
        <location filename="../core/experiment/methodcomparison.cpp" line="44"/>
        <source>unknown method &apos;%1&apos; (%2)</source>
        <translation>unbekannte Methode &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methodcomparison.cpp" line="47"/>
        <source>method &apos;%1&apos; needs a HyDE space (make one with &apos;tare-cli hyde&apos;)</source>
        <translation>Methode &apos;%1&apos; braucht einen HyDE-Raum (legen Sie einen mit &apos;tare-cli hyde&apos; an)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methodcomparison.cpp" line="97"/>
        <source>a method comparison without its &apos;none&apos; run</source>
        <translation>ein Methodenvergleich ohne seinen Lauf &apos;none&apos;</translation>
    </message>
</context>
<context>
    <name>tare::MethodComparisonModel</name>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="67"/>
        <source>&lt; 0.001</source>
        <translation>&lt; 0.001</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="25"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="26"/>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="27"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="29"/>
        <source>ΔMAP vs none</source>
        <translation>ΔMAP ggü. none</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="34"/>
        <source>W / T / L</source>
        <translation>S / U / N</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="40"/>
        <source>t-test p</source>
        <translation>t-Test p</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="43"/>
        <source>Randomization p</source>
        <translation>Randomisierung p</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="47"/>
        <source>95% CI of Δ</source>
        <translation>95-%-KI von Δ</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="30"/>
        <source>Mean per-query ΔAP of the method against the unrefined ranking (&quot;none&quot;) on the same queries.</source>
        <translation>Mittleres ΔAP je Anfrage der Methode gegenüber dem unverfeinerten Ranking (&quot;none&quot;) auf denselben Anfragen.</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="35"/>
        <source>Queries where the method&apos;s AP is higher / equal / lower than without refinement.</source>
        <translation>Anfragen, bei denen die AP der Methode höher (S) / gleich (U) / niedriger (N) ist als ohne Verfeinerung.</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="40"/>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="44"/>
        <source>Two-sided p-value of no mean difference against &quot;none&quot; (paired).</source>
        <translation>Zweiseitiger p-Wert für keinen mittleren Unterschied gegenüber &quot;none&quot; (gepaart).</translation>
    </message>
    <message>
        <location filename="../core/models/methodcomparisonmodel.cpp" line="47"/>
        <source>95% bootstrap confidence interval of the mean Δ over queries.</source>
        <translation>95-%-Bootstrap-Konfidenzintervall des mittleren Δ über die Anfragen.</translation>
    </message>
</context>
<context>
    <name>tare::NewProjectFile</name>
    <message>
        <location filename="../core/db/newprojectfile.cpp" line="37"/>
        <source>%1: cannot create the project in %2: %3</source>
        <translation>%1: das Projekt kann nicht in %2 angelegt werden: %3</translation>
    </message>
    <message>
        <location filename="../core/db/newprojectfile.cpp" line="42"/>
        <source>%1: cannot create the project in %2</source>
        <translation>%1: das Projekt kann nicht in %2 angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/db/newprojectfile.cpp" line="69"/>
        <source>%1: the new project could not be completed (its write-ahead log is still in use)</source>
        <translation>%1: das neue Projekt konnte nicht fertiggestellt werden (sein Write-Ahead-Log ist noch in Gebrauch)</translation>
    </message>
    <message>
        <location filename="../core/db/newprojectfile.cpp" line="83"/>
        <source>%1: cannot put the new project in place: %2</source>
        <translation>%1: das neue Projekt kann nicht an seinen endgültigen Ort verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>tare::NewSpaceDialog</name>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="38"/>
        <source>{text} is replaced by the text, {instruction} by the dataset&apos;s (or query&apos;s) instruction.</source>
        <translation>{text} wird durch den Text ersetzt, {instruction} durch die Anweisung des Datensatzes (oder der Anfrage).</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="54"/>
        <source>Built-in LSA (no network)</source>
        <translation>Eingebautes LSA (ohne Netzwerk)</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="55"/>
        <source>Embedding endpoint (OpenAI-compatible)</source>
        <translation>Embedding-Endpunkt (OpenAI-kompatibel)</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="56"/>
        <source>HyDE over an existing space (an LLM writes a document per query)</source>
        <translation>HyDE über einem vorhandenen Raum (ein LLM schreibt ein Dokument je Anfrage)</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="57"/>
        <source>Imported vectors (.npy or JSON lines)</source>
        <translation>Importierte Vektoren (.npy oder JSON Lines)</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="70"/>
        <source>&amp;Dataset:</source>
        <translation>Daten&amp;satz:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="72"/>
        <source>S&amp;ource space:</source>
        <translation>&amp;Quellraum:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="77"/>
        <location filename="../widgets/newspacedialog.cpp" line="83"/>
        <source>Query template</source>
        <translation>Anfragevorlage</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="78"/>
        <location filename="../widgets/newspacedialog.cpp" line="85"/>
        <source>Document template</source>
        <translation>Dokumentvorlage</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="88"/>
        <source>A&amp;verage with the query&apos;s own vector (as the HyDE paper does)</source>
        <translation>Mit dem eigenen Vektor der Anfrage mi&amp;tteln (wie im HyDE-Paper)</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="89"/>
        <source>Open &amp;Settings…</source>
        <translation>Einstellungen ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="93"/>
        <location filename="../widgets/newspacedialog.cpp" line="303"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="97"/>
        <source>New Embedding Space</source>
        <translation>Neuer Einbettungsraum</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="104"/>
        <source>%1 (%2 documents)</source>
        <translation>%1 (%2 Dokumente)</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="117"/>
        <source>%1 · %2 (dimension %3)</source>
        <translation>%1 · %2 (Dimension %3)</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="122"/>
        <source>The space&apos;s name in its dataset; runs and experiments name it.</source>
        <translation>Der Name des Raums in seinem Datensatz; unter diesem Namen erscheint er in Läufen und Experimenten.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="128"/>
        <source>Dimensions of the truncated SVD; fewer when the corpus has fewer documents or terms.</source>
        <translation>Dimensionen der abgeschnittenen SVD; weniger, wenn das Korpus weniger Dokumente oder Terme hat.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="132"/>
        <source>Seed of the randomized SVD: the same seed gives the same vectors.</source>
        <translation>Startwert der randomisierten SVD: derselbe Startwert ergibt dieselben Vektoren.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="135"/>
        <source>Di&amp;mension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="136"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="137"/>
        <location filename="../widgets/newspacedialog.cpp" line="155"/>
        <source>&amp;Query template:</source>
        <translation>Anfrage&amp;vorlage:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="138"/>
        <location filename="../widgets/newspacedialog.cpp" line="156"/>
        <source>Doc&amp;ument template:</source>
        <translation>Do&amp;kumentvorlage:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="147"/>
        <source>the model&apos;s</source>
        <translation>die des Modells</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="149"/>
        <source>Ask the model for shorter vectors (models that can shorten them); 0: the model&apos;s own size.</source>
        <translation>Kürzere Vektoren vom Modell anfordern (bei Modellen, die sie kürzen können); 0: die eigene Größe des Modells.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="152"/>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="153"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="154"/>
        <source>D&amp;imensions:</source>
        <translation>D&amp;imensionen:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="163"/>
        <source>The chat model that writes one hypothetical document per query.</source>
        <translation>Das Chat-Modell, das ein hypothetisches Dokument je Anfrage schreibt.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="168"/>
        <source>Chat endpoint:</source>
        <translation>Chat-Endpunkt:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="169"/>
        <source>Chat &amp;model:</source>
        <translation>Chat-&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="175"/>
        <source>Vectors computed elsewhere come in through the import dialog: a .npy matrix (float32 or float16) with a list of ids, or JSON lines {&quot;_id&quot;: …, &quot;embedding&quot;: […]}. Continue opens it for the dataset chosen above.</source>
        <translation>Anderswo berechnete Vektoren kommen über den Importdialog herein: eine .npy-Matrix (float32 oder float16) mit einer ID-Liste oder JSON Lines {&quot;_id&quot;: …, &quot;embedding&quot;: […]}. „Weiter“ öffnet ihn für den oben gewählten Datensatz.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="191"/>
        <source>Build progress</source>
        <translation>Erstellungsfortschritt</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="201"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="204"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="254"/>
        <source>Templates from the model template table: %1</source>
        <translation>Vorlagen aus der Modellvorlagentabelle: %1</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="278"/>
        <source>none set (File ▸ Settings)</source>
        <translation>keiner festgelegt (Datei ▸ Einstellungen)</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="280"/>
        <source>no API key</source>
        <translation>kein API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="282"/>
        <source>API key from the keychain entry %1</source>
        <translation>API-Schlüssel aus dem Schlüsselbund-Eintrag %1</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="283"/>
        <source>API key from the environment variable %1</source>
        <translation>API-Schlüssel aus der Umgebungsvariablen %1</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="284"/>
        <location filename="../widgets/newspacedialog.cpp" line="285"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="303"/>
        <source>&amp;Continue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="317"/>
        <source>An embedding endpoint needs its address: set it in the settings.</source>
        <translation>Ein Embedding-Endpunkt braucht seine Adresse: legen Sie sie in den Einstellungen fest.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="321"/>
        <source>HyDE starts from a built-in LSA or endpoint space of the dataset: create one first.</source>
        <translation>HyDE geht von einem eingebauten LSA- oder Endpunkt-Raum des Datensatzes aus: erstellen Sie zuerst einen.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="323"/>
        <source>HyDE needs a chat endpoint: set it in the settings.</source>
        <translation>HyDE braucht einen Chat-Endpunkt: legen Sie ihn in den Einstellungen fest.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="330"/>
        <source>The project has no dataset yet: import one first (File ▸ Import).</source>
        <translation>Das Projekt hat noch keinen Datensatz: importieren Sie zuerst einen (Datei ▸ Importieren).</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="453"/>
        <source>Name the space.</source>
        <translation>Geben Sie dem Raum einen Namen.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="457"/>
        <source>Name the embedding model.</source>
        <translation>Geben Sie das Embedding-Modell an.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="461"/>
        <source>Name the chat model that writes the documents.</source>
        <translation>Geben Sie das Chat-Modell an, das die Dokumente schreibt.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="481"/>
        <source>&amp;Stop</source>
        <translation>Anha&amp;lten</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="484"/>
        <source>Building %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="505"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="520"/>
        <source>Building %1: %2…</source>
        <translation>%1 wird erstellt: %2…</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="532"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="537"/>
        <source>Stopped; no space was written.</source>
        <translation>Angehalten; kein Raum wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../widgets/newspacedialog.cpp" line="538"/>
        <source>Stopped; no space was written (vectors fetched so far stay cached and are not asked for again).</source>
        <translation>Angehalten; kein Raum wurde geschrieben (bisher abgerufene Vektoren bleiben im Cache und werden nicht erneut angefragt).</translation>
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
        <location filename="../core/io/npyfile.cpp" line="152"/>
        <source>%1: wrote %2 rows of %3</source>
        <translation>%1: %2 von %3 Zeilen geschrieben</translation>
    </message>
</context>
<context>
    <name>tare::OpenAiEmbedder</name>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="16"/>
        <source>the embeddings client needs an endpoint URL</source>
        <translation>der Embeddings-Client braucht eine Endpunkt-URL</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="18"/>
        <source>the embeddings client needs a model name</source>
        <translation>der Embeddings-Client braucht einen Modellnamen</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="69"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="88"/>
        <source>embedding texts %1–%2 failed: %3</source>
        <translation>Einbetten der Texte %1–%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="95"/>
        <source>embedding texts %1–%2: %3</source>
        <translation>Einbetten der Texte %1–%2: %3</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="101"/>
        <source>the model returned %1-dimensional vectors, the space has %2</source>
        <translation>das Modell lieferte %1-dimensionale Vektoren, der Raum hat %2</translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="109"/>
        <source>embedding</source>
        <translation>Einbettung</translation>
    </message>
</context>
<context>
    <name>tare::OpenAiWire</name>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="30"/>
        <source>the response is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2 von %3)</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="45"/>
        <source>the server returned an error: %1</source>
        <translation>der Server meldete einen Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="111"/>
        <source>the chat completion is not a JSON object</source>
        <translation>die Chat-Completion ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="116"/>
        <source>the chat completion has no &apos;choices&apos;</source>
        <translation>die Chat-Completion hat keine &apos;choices&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="120"/>
        <source>the chat completion has no &apos;choices[0].message&apos;</source>
        <translation>die Chat-Completion hat keine &apos;choices[0].message&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="139"/>
        <source>logprobs.content[%1].top_logprobs has an entry without token or logprob</source>
        <translation>logprobs.content[%1].top_logprobs hat einen Eintrag ohne token oder logprob</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="187"/>
        <source>the logprob %1 of the token &apos;%2&apos; is not a log-probability</source>
        <translation>die logprob %1 des Tokens &apos;%2&apos; ist keine Log-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="206"/>
        <source>&apos;yes&apos; and &apos;no&apos; have a probability of %1 among the top tokens, not above 1e-4 (reply: %2)</source>
        <translation>&apos;yes&apos; und &apos;no&apos; haben unter den Top-Tokens eine Wahrscheinlichkeit von %1, nicht über 1e-4 (Antwort: %2)</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="224"/>
        <source>the reply has no logprobs and no text</source>
        <translation>die Antwort hat weder logprobs noch Text</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="225"/>
        <source>the reply has no logprobs and does not start with yes or no: %1</source>
        <translation>die Antwort hat keine logprobs und beginnt nicht mit yes oder no: %1</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="289"/>
        <source>the completion is not a JSON object</source>
        <translation>die Completion ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="293"/>
        <source>the completion has no &apos;choices&apos;</source>
        <translation>die Completion hat keine &apos;choices&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="308"/>
        <source>the reply has no logprobs: the true/false judge needs the first token&apos;s alternatives</source>
        <translation>die Antwort hat keine logprobs: der true/false-Bewerter braucht die Alternativen des ersten Tokens</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="321"/>
        <source>neither &apos;true&apos; nor &apos;false&apos; is among the first token&apos;s alternatives (reply: %1)</source>
        <translation>weder &apos;true&apos; noch &apos;false&apos; ist unter den Alternativen des ersten Tokens (Antwort: %1)</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="332"/>
        <source>only one of &apos;true&apos; and &apos;false&apos; is among the top alternatives; the other counts as 0</source>
        <translation>nur eines von &apos;true&apos; und &apos;false&apos; ist unter den Top-Alternativen; das andere zählt als 0</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="358"/>
        <source>the embeddings response is not a JSON object</source>
        <translation>die Embeddings-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="362"/>
        <source>the embeddings response has no &apos;data&apos; list</source>
        <translation>die Embeddings-Antwort hat keine &apos;data&apos;-Liste</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="365"/>
        <source>the server returned %1 embeddings for %2 inputs</source>
        <translation>der Server lieferte %1 Einbettungen für %2 Eingaben</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="375"/>
        <source>data[%1].index is %2: out of range or repeated</source>
        <translation>data[%1].index ist %2: außerhalb des Bereichs oder wiederholt</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="383"/>
        <source>data[%1].embedding holds a value that is not a number</source>
        <translation>data[%1].embedding enthält einen Wert, der keine Zahl ist</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="387"/>
        <source>data[%1].embedding[%2] is %3, outside the range of float32</source>
        <translation>data[%1].embedding[%2] ist %3, außerhalb des Bereichs von float32</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="397"/>
        <source>data[%1].embedding is base64 of %2 bytes, not whole floats</source>
        <translation>data[%1].embedding ist Base64 von %2 Bytes, keine ganze Zahl von Floats</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="403"/>
        <source>data[%1].embedding[%2] is not a finite number</source>
        <translation>data[%1].embedding[%2] ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="406"/>
        <source>data[%1] has no &apos;embedding&apos;</source>
        <translation>data[%1] hat kein &apos;embedding&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="409"/>
        <source>data[%1].embedding is empty</source>
        <translation>data[%1].embedding ist leer</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="413"/>
        <source>data[%1].embedding has %2 dimensions, the others %3</source>
        <translation>data[%1].embedding hat %2 Dimensionen, die anderen %3</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="450"/>
        <source>the rerank response is neither a list nor an object with &apos;results&apos;</source>
        <translation>die Rerank-Antwort ist weder eine Liste noch ein Objekt mit &apos;results&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="459"/>
        <source>result %1 has index %2: out of range or repeated</source>
        <translation>Ergebnis %1 hat Index %2: außerhalb des Bereichs oder wiederholt</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="464"/>
        <source>result %1 has no &apos;%2&apos;</source>
        <translation>Ergebnis %1 hat kein &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="469"/>
        <source>the reranker returned no score for document %1 of %2</source>
        <translation>der Reranker lieferte keinen Score für Dokument %1 von %2</translation>
    </message>
</context>
<context>
    <name>tare::PaperDatasetConverter</name>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="39"/>
        <source>field &quot;%1&quot; missing or not a string</source>
        <translation>Feld &quot;%1&quot; fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="104"/>
        <source>expected an object of arXiv id: title</source>
        <translation>ein Objekt aus arXiv-ID: Titel erwartet</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="119"/>
        <source>%1 holds cs_paper_2nd.zip but no paper files: unzip it there first (unzip -d %1 %1/cs_paper_2nd.zip)</source>
        <translation>%1 enthält cs_paper_2nd.zip, aber keine Paper-Dateien: entpacken Sie es zuerst dort (unzip -d %1 %1/cs_paper_2nd.zip)</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="122"/>
        <source>%1: no paper files (*.json)</source>
        <translation>%1: keine Paper-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="150"/>
        <source>field &quot;answer_arxiv_id&quot; must be a list</source>
        <translation>Feld &quot;answer_arxiv_id&quot; muss eine Liste sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetconverter.cpp" line="189"/>
        <source>%n paper(s) whose title id2paper.json does not list left out</source>
        <translation>
            <numerusform>%n Paper weggelassen, dessen Titel nicht in id2paper.json steht</numerusform>
            <numerusform>%n Paper weggelassen, deren Titel nicht in id2paper.json steht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="200"/>
        <source>unknown dataset &apos;%1&apos; (one of %2)</source>
        <translation>unbekannter Datensatz &apos;%1&apos; (einer von %2)</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="203"/>
        <source>%1: no input given (%2)</source>
        <translation>%1: keine Eingabe angegeben (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetconverter.cpp" line="222"/>
        <source>%1: the input holds no documents</source>
        <translation>%1: die Eingabe enthält keine Dokumente</translation>
    </message>
</context>
<context>
    <name>tare::PaperDatasetFiles</name>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="20"/>
        <source>conversion cancelled; nothing was written</source>
        <translation>Konvertierung abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="26"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="32"/>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="53"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="57"/>
        <source>invalid UTF-8 at byte %1</source>
        <translation>ungültiges UTF-8 bei Byte %1</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetfiles.cpp" line="62"/>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
</context>
<context>
    <name>tare::PaperDatasetReader</name>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="107"/>
        <source>expected query-id, corpus-id and score</source>
        <translation>query-id, corpus-id und score erwartet</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="111"/>
        <source>the score is not a number</source>
        <translation>der Score ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="123"/>
        <source>field &quot;score&quot; must be a number</source>
        <translation>Feld &quot;score&quot; muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="155"/>
        <source>argument id &apos;%1&apos; appears twice</source>
        <translation>Argument-ID &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="164"/>
        <source>key point id &apos;%1&apos; appears twice</source>
        <translation>Key-Point-ID &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="175"/>
        <source>no argument &apos;%1&apos; in the arguments file</source>
        <translation>kein Argument &apos;%1&apos; in der Argumentdatei</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="178"/>
        <source>no key point &apos;%1&apos; in the key points file</source>
        <translation>kein Key Point &apos;%1&apos; in der Key-Point-Datei</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetreader.cpp" line="190"/>
        <source>%n repeated label row(s) left out (the first label of a pair counts)</source>
        <translation>
            <numerusform>%n wiederholte Label-Zeile weggelassen (das erste Label eines Paares zählt)</numerusform>
            <numerusform>%n wiederholte Label-Zeilen weggelassen (das erste Label eines Paares zählt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="199"/>
        <source>banking77 needs its train.csv and test.csv (or JSON lines)</source>
        <translation>banking77 braucht seine train.csv und test.csv (oder JSON Lines)</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="208"/>
        <source>empty intent</source>
        <translation>leerer Intent</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="256"/>
        <source>no section &quot;%1&quot; (a list of [text, intent] pairs)</source>
        <translation>kein Abschnitt &quot;%1&quot; (eine Liste von [text, intent]-Paaren)</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="265"/>
        <source>entry %1 of &quot;%2&quot; is not a [text, intent] pair</source>
        <translation>Eintrag %1 von &quot;%2&quot; ist kein [text, intent]-Paar</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="273"/>
        <source>intent &apos;%1&apos; has no description</source>
        <translation>Intent &apos;%1&apos; hat keine Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="285"/>
        <source>no intent description table: the queries are the intent names, not the paper&apos;s descriptions</source>
        <translation>keine Tabelle der Intent-Beschreibungen: die Anfragen sind die Intent-Namen, nicht die Beschreibungen des Papers</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="301"/>
        <location filename="../core/io/paperdatasetreader.cpp" line="419"/>
        <source>duplicate document id &apos;%1&apos;</source>
        <translation>doppelte Dokument-ID &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetreader.cpp" line="342"/>
        <source>%n query(ies) without qrels rows left out</source>
        <translation>
            <numerusform>%n Anfrage ohne qrels-Zeilen weggelassen</numerusform>
            <numerusform>%n Anfragen ohne qrels-Zeilen weggelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetreader.cpp" line="344"/>
        <source>%n qrels row(s) naming no query or document left out</source>
        <translation>
            <numerusform>%n qrels-Zeile mit unbekannter Anfrage oder unbekanntem Dokument weggelassen</numerusform>
            <numerusform>%n qrels-Zeilen mit unbekannter Anfrage oder unbekanntem Dokument weggelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="353"/>
        <source>followir needs one folder per task (MTEB layout)</source>
        <translation>followir braucht einen Ordner je Aufgabe (MTEB-Layout)</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="365"/>
        <source>%1: none of %2 (the MTEB layout as JSON lines)</source>
        <translation>%1: keine der Dateien %2 (das MTEB-Layout als JSON Lines)</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="374"/>
        <source>duplicate query id &apos;%1&apos;</source>
        <translation>doppelte Anfrage-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="386"/>
        <source>instruction for unknown query &apos;%1&apos;</source>
        <translation>Anweisung für unbekannte Anfrage &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasetreader.cpp" line="401"/>
        <source>%1: no qrels (qrels/test.jsonl, qrels.jsonl, default/test.jsonl or qrels/test.tsv)</source>
        <translation>%1: keine qrels (qrels/test.jsonl, qrels.jsonl, default/test.jsonl oder qrels/test.tsv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetreader.cpp" line="446"/>
        <source>%1: %n document(s) no query judged left out</source>
        <translation>
            <numerusform>%1: %n für keine Anfrage beurteiltes Dokument weggelassen</numerusform>
            <numerusform>%1: %n für keine Anfrage beurteilte Dokumente weggelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/paperdatasetreader.cpp" line="449"/>
        <source>%1: %n qrels row(s) naming no query or document left out</source>
        <translation>
            <numerusform>%1: %n qrels-Zeile mit unbekannter Anfrage oder unbekanntem Dokument weggelassen</numerusform>
            <numerusform>%1: %n qrels-Zeilen mit unbekannter Anfrage oder unbekanntem Dokument weggelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::PaperDatasets</name>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="29"/>
        <source>the kpm_data folder: arguments_, key_points_ and labels_&lt;split&gt;.csv</source>
        <translation>der Ordner kpm_data: arguments_, key_points_ und labels_&lt;split&gt;.csv</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="33"/>
        <source>train.csv and test.csv (text,category), or JSON lines with text and label_text</source>
        <translation>train.csv und test.csv (text,category) oder JSON Lines mit text und label_text</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="36"/>
        <source>data_full.json and an intent description table (intent_name,intent_description)</source>
        <translation>data_full.json und eine Tabelle der Intent-Beschreibungen (intent_name,intent_description)</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="39"/>
        <source>a BEIR folder: corpus.jsonl, queries.jsonl, qrels/test.tsv</source>
        <translation>ein BEIR-Ordner: corpus.jsonl, queries.jsonl, qrels/test.tsv</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="42"/>
        <source>one folder per task in the MTEB layout as JSON lines: corpus, queries, instruction, qrels</source>
        <translation>ein Ordner je Aufgabe im MTEB-Layout als JSON Lines: corpus, queries, instruction, qrels</translation>
    </message>
    <message>
        <location filename="../core/io/paperdatasets.cpp" line="48"/>
        <source>the pasa-dataset folder: RealScholarQuery/test.jsonl, paper_database/id2paper.json and the papers of cs_paper_2nd.zip (unzipped)</source>
        <translation>der Ordner pasa-dataset: RealScholarQuery/test.jsonl, paper_database/id2paper.json und die Papers aus cs_paper_2nd.zip (entpackt)</translation>
    </message>
</context>
<context>
    <name>tare::ProjectActions</name>
    <message>
        <location filename="../app/projectactions.cpp" line="53"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="55"/>
        <source>Dataset &amp;Properties…</source>
        <translation>Datensatz&amp;eigenschaften…</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="57"/>
        <source>The selected dataset&apos;s task: instruction, task type and how documents are joined.</source>
        <translation>Die Aufgabe des gewählten Datensatzes: Anweisung, Aufgabentyp und wie Dokumente verbunden werden.</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="59"/>
        <source>New Embedding &amp;Space…</source>
        <translation>Neuer Einbettungs&amp;raum…</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="61"/>
        <source>Embed a dataset: built-in LSA, an embedding endpoint, HyDE or imported vectors.</source>
        <translation>Einen Datensatz einbetten: eingebautes LSA, ein Embedding-Endpunkt, HyDE oder importierte Vektoren.</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="63"/>
        <source>&amp;Rename Embedding Space…</source>
        <translation>Einbettungsraum &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="64"/>
        <source>Renames the space selected on the Project page.</source>
        <translation>Benennt den auf der Seite „Projekt“ gewählten Raum um.</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="66"/>
        <source>&amp;Delete Embedding Space…</source>
        <translation>Einbettungsraum &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="68"/>
        <source>Deletes the space selected on the Project page, with the runs made in it, after asking.</source>
        <translation>Löscht nach Rückfrage den auf der Seite „Projekt“ gewählten Raum samt den darin ausgeführten Läufen.</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="86"/>
        <source>New Embedding Space</source>
        <translation>Neuer Einbettungsraum</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="86"/>
        <source>Import a dataset first (File ▸ Import).</source>
        <translation>Importieren Sie zuerst einen Datensatz (Datei ▸ Importieren).</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="125"/>
        <location filename="../app/projectactions.cpp" line="137"/>
        <source>Dataset Properties</source>
        <translation>Datensatzeigenschaften</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="126"/>
        <source>A run or an experiment is going on: change the task when it has ended.</source>
        <translation>Ein Lauf oder ein Experiment ist im Gang: ändern Sie die Aufgabe, sobald die Arbeit beendet ist.</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="140"/>
        <source>Stored the task of the dataset “%1”.</source>
        <translation>Aufgabe des Datensatzes „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="151"/>
        <location filename="../app/projectactions.cpp" line="161"/>
        <source>Rename Embedding Space</source>
        <translation>Einbettungsraum umbenennen</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="151"/>
        <source>New name of the space “%1”:</source>
        <translation>Neuer Name des Raums „%1“:</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="164"/>
        <source>Renamed the space “%1” to “%2”.</source>
        <translation>Raum „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="173"/>
        <location filename="../app/projectactions.cpp" line="192"/>
        <location filename="../app/projectactions.cpp" line="208"/>
        <location filename="../app/projectactions.cpp" line="226"/>
        <source>Delete Embedding Space</source>
        <translation>Einbettungsraum löschen</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="174"/>
        <source>A run or an experiment is going on: wait for it to end (or stop it) first.</source>
        <translation>Ein Lauf oder ein Experiment ist im Gang: warten Sie zuerst, bis die Arbeit beendet ist (oder stoppen Sie sie).</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="184"/>
        <source>the embedding space is gone</source>
        <translation>der Einbettungsraum existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="202"/>
        <source>Its vectors go with it: documents %1, queries %2.</source>
        <translation>Seine Vektoren werden mitgelöscht: Dokumente %1, Anfragen %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/projectactions.cpp" line="204"/>
        <source>%n run(s) made in this space go with it, with their results and curves.</source>
        <translation>
            <numerusform>%n in diesem Raum ausgeführter Lauf wird mitgelöscht, samt Ergebnissen und Kurven.</numerusform>
            <numerusform>%n in diesem Raum ausgeführte Läufe werden mitgelöscht, samt Ergebnissen und Kurven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/projectactions.cpp" line="206"/>
        <source>%n experiment(s) over this space go with it.</source>
        <translation>
            <numerusform>%n Experiment mit diesem Raum wird mitgelöscht.</numerusform>
            <numerusform>%n Experimente mit diesem Raum werden mitgelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="207"/>
        <source>The dataset, its other spaces and runs, the judgments and the embedding cache stay. This cannot be undone.</source>
        <translation>Der Datensatz, seine anderen Räume und Läufe, die Urteile und der Embedding-Cache bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="209"/>
        <source>Delete the embedding space “%1” of the dataset “%2”?</source>
        <translation>Den Einbettungsraum „%1“ des Datensatzes „%2“ löschen?</translation>
    </message>
    <message>
        <location filename="../app/projectactions.cpp" line="213"/>
        <source>&amp;Delete Space</source>
        <translation>Raum &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/projectactions.cpp" line="229"/>
        <source>Deleted the space “%1” and %n run(s) made in it.</source>
        <translation>
            <numerusform>Raum „%1“ und %n darin ausgeführter Lauf gelöscht.</numerusform>
            <numerusform>Raum „%1“ und %n darin ausgeführte Läufe gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::ProjectExporter</name>
    <message>
        <location filename="../core/io/projectexporter.cpp" line="52"/>
        <source>no embedding space with id %1</source>
        <translation>kein Einbettungsraum mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::ProjectOverviewWidget</name>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="24"/>
        <source>&amp;Import Data</source>
        <translation>Daten &amp;importieren</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="26"/>
        <source>Dataset &amp;Properties…</source>
        <translation>Datensatz&amp;eigenschaften…</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="27"/>
        <source>New Embedding &amp;Space…</source>
        <translation>Neuer Einbettungs&amp;raum…</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="28"/>
        <source>Re&amp;name Space…</source>
        <translation>Raum &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="29"/>
        <source>&amp;Delete Space…</source>
        <translation>Raum lö&amp;schen…</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="30"/>
        <source>Rename Space…</source>
        <translation>Raum umbenennen…</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="31"/>
        <source>Delete Space…</source>
        <translation>Raum löschen…</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="36"/>
        <source>Datasets and embedding spaces</source>
        <translation>Datensätze und Einbettungsräume</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="48"/>
        <source>Bring a BEIR folder, a classification table, qrels or vectors into this project.</source>
        <translation>Einen BEIR-Ordner, eine Klassifikationstabelle, qrels oder Vektoren in dieses Projekt holen.</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="50"/>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="53"/>
        <source>The selected dataset&apos;s task: instruction, task type and how documents are joined.</source>
        <translation>Die Aufgabe des gewählten Datensatzes: Anweisung, Aufgabentyp und wie Dokumente verbunden werden.</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="55"/>
        <source>Embed the selected dataset: built-in LSA, an embedding endpoint, HyDE or imported vectors.</source>
        <translation>Den gewählten Datensatz einbetten: eingebautes LSA, ein Embedding-Endpunkt, HyDE oder importierte Vektoren.</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="58"/>
        <source>Deletes the selected space with its vectors and the runs made in it, after asking.</source>
        <translation>Löscht nach Rückfrage den gewählten Raum samt seinen Vektoren und den darin ausgeführten Läufen.</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="164"/>
        <source>Dataset Properties…</source>
        <translation>Datensatzeigenschaften…</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="166"/>
        <source>New Embedding Space…</source>
        <translation>Neuer Einbettungsraum…</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="181"/>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="184"/>
        <source>%1 — datasets: %2, embedding spaces: %3, runs: %4, judgments: %5</source>
        <translation>%1 — Datensätze: %2, Einbettungsräume: %3, Läufe: %4, Urteile: %5</translation>
    </message>
</context>
<context>
    <name>tare::ProjectSchema</name>
    <message>
        <location filename="../core/db/projectschema.cpp" line="349"/>
        <source>%1: the vector of document %2 in embedding space %3 has %4 bytes, expected %5 (damaged project?); nothing was migrated</source>
        <translation>%1: Der Vektor von Dokument %2 in Einbettungsraum %3 hat %4 Bytes, erwartet %5 (Projekt beschädigt?); nichts wurde migriert</translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="406"/>
        <source>%1: another Tare process is creating or upgrading this project right now; try again when it has finished</source>
        <translation>%1: ein anderer Tare-Prozess legt dieses Projekt gerade an oder aktualisiert es; versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="488"/>
        <source>a trigger</source>
        <translation>einen Trigger</translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="490"/>
        <source>a view</source>
        <translation>eine View</translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="491"/>
        <source>a virtual table</source>
        <translation>eine virtuelle Tabelle</translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="498"/>
        <source>; the file was not changed</source>
        <translation>; die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="504"/>
        <source>%1: not a valid Tare project: the table &apos;%2&apos; is missing (damaged, or written by another program)%3</source>
        <translation>%1: kein gültiges Tare-Projekt: die Tabelle &apos;%2&apos; fehlt (beschädigt oder von einem anderen Programm geschrieben)%3</translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="510"/>
        <source>%1: not a valid Tare project: the table &apos;%2&apos; has no column &apos;%3&apos; (damaged, or written by another program)%4</source>
        <translation>%1: kein gültiges Tare-Projekt: die Tabelle &apos;%2&apos; hat keine Spalte &apos;%3&apos; (beschädigt oder von einem anderen Programm geschrieben)%4</translation>
    </message>
    <message>
        <location filename="../core/db/projectschema.cpp" line="526"/>
        <source>%1: not opened: it holds %2 named &apos;%3&apos; that Tare did not create, which would run its own SQL while Tare reads or writes the project (planted or damaged); the file was not changed</source>
        <translation>%1: nicht geöffnet: die Datei enthält %2 namens &apos;%3&apos;, nicht von Tare angelegt; so etwas würde eigenes SQL ausführen, während Tare das Projekt liest oder schreibt (eingeschleust oder beschädigt); die Datei wurde nicht geändert</translation>
    </message>
</context>
<context>
    <name>tare::ProjectStore</name>
    <message>
        <location filename="../core/db/projectstore.cpp" line="43"/>
        <source>%1: no such project file</source>
        <translation>%1: Projektdatei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="45"/>
        <source>%1: is a folder, not a project file</source>
        <translation>%1: ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="51"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="53"/>
        <source>%1: not a Tare project (not an SQLite database)</source>
        <translation>%1: kein Tare-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="73"/>
        <source>%1: not a Tare project (the file is empty); the file was not changed</source>
        <translation>%1: kein Tare-Projekt (die Datei ist leer); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="76"/>
        <source>%1: not a Tare project (an SQLite database of another program)</source>
        <translation>%1: kein Tare-Projekt (eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="79"/>
        <source>%1: written by a newer Tare (project schema %2; this build reads up to %3); the file was not changed</source>
        <translation>%1: von einem neueren Tare geschrieben (Projektschema %2; dieser Build liest bis %3); die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="87"/>
        <source>%1: not a valid Tare project (schema version %2); the file was not changed</source>
        <translation>%1: kein gültiges Tare-Projekt (Schemaversion %2); die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="103"/>
        <source>%1: cannot upgrade the project from schema %2 (damaged?): %3</source>
        <translation>%1: das Projekt kann nicht von Schema %2 aktualisiert werden (beschädigt?): %3</translation>
    </message>
    <message>
        <location filename="../core/db/judgmentstore.cpp" line="78"/>
        <source>the judge &apos;%1&apos; is missing right after it was stored</source>
        <translation>der Bewerter &apos;%1&apos; fehlt direkt nach dem Speichern</translation>
    </message>
</context>
<context>
    <name>tare::ProjectSummaryModel</name>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="89"/>
        <source>built-in LSA</source>
        <translation>eingebautes LSA</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="91"/>
        <source>HyDE</source>
        <translation>HyDE</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="91"/>
        <source>HyDE: %1</source>
        <translation>HyDE: %1</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="93"/>
        <source>imported vectors</source>
        <translation>importierte Vektoren</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="94"/>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="94"/>
        <source>endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="125"/>
        <source>Query template: %1
Document template: %2</source>
        <translation>Anfragevorlage: %1
Dokumentvorlage: %2</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="82"/>
        <source>%1 · float16</source>
        <translation>%1 · float16</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="127"/>
        <source>Provider %1, model %2, document vectors stored as %3</source>
        <translation>Anbieter %1, Modell %2, Dokumentvektoren gespeichert als %3</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="128"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="145"/>
        <source>query: %1 · document: %2</source>
        <translation>Anfrage: %1 · Dokument: %2</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="154"/>
        <source>Instruction: %1</source>
        <translation>Anweisung: %1</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="161"/>
        <source>dataset, judged pool</source>
        <translation>Datensatz, beurteilter Pool</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="161"/>
        <source>dataset, whole-corpus pool</source>
        <translation>Datensatz, Pool aus ganzem Korpus</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="175"/>
        <source>instruction: %1</source>
        <translation>Anweisung: %1</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="185"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="185"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="185"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="185"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="186"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="186"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="186"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="186"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
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
        <location filename="../core/io/qrelsimporter.cpp" line="66"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation>kein Datensatz namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="94"/>
        <source>import cancelled; nothing was added</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="100"/>
        <source>invalid UTF-8 at byte %1 of the line</source>
        <translation>ungültiges UTF-8 bei Byte %1 der Zeile</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="108"/>
        <source>expected 4 fields (query, iteration, document, grade), found %1</source>
        <translation>4 Felder erwartet (Anfrage, Iteration, Dokument, Grad), %1 gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="110"/>
        <source>expected 3 tab-separated fields (query-id, corpus-id, score), found %1</source>
        <translation>3 durch Tabulatoren getrennte Felder erwartet (query-id, corpus-id, score), %1 gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="117"/>
        <source>the grade &apos;%1&apos; is not an integer</source>
        <translation>der Grad &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="122"/>
        <source>unknown query id &apos;%1&apos;</source>
        <translation>unbekannte Anfrage-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="129"/>
        <source>unknown document id &apos;%1&apos;</source>
        <translation>unbekannte Dokument-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="132"/>
        <source>duplicate label for query &apos;%1&apos; and document &apos;%2&apos;</source>
        <translation>doppeltes Label für Anfrage &apos;%1&apos; und Dokument &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="144"/>
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
        <location filename="../core/inspect/queryinspection.cpp" line="112"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/inspect/queryinspection.cpp" line="126"/>
        <source>run %1 has no result for query %2</source>
        <translation>Lauf %1 hat kein Ergebnis für Anfrage %2</translation>
    </message>
    <message>
        <location filename="../core/inspect/queryinspection.cpp" line="145"/>
        <source>query %1 has no vector in this space</source>
        <translation>Anfrage %1 hat keinen Vektor in diesem Raum</translation>
    </message>
    <message>
        <location filename="../core/inspect/queryinspection.cpp" line="148"/>
        <source>the refined vector of query %1 has the wrong dimension</source>
        <translation>der verfeinerte Vektor von Anfrage %1 hat die falsche Dimension</translation>
    </message>
</context>
<context>
    <name>tare::QueryInspectorWidget</name>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="69"/>
        <source>Scores before</source>
        <translation>Scores vorher</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="70"/>
        <source>Scores after</source>
        <translation>Scores nachher</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="71"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="72"/>
        <location filename="../widgets/queryinspectorwidget.cpp" line="257"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="79"/>
        <source>d′: distance of the class means in pooled standard deviations. KS: largest gap between the two classes&apos; score distributions. Best F1: F1 at the best score threshold. AUC: probability that a relevant document outscores an irrelevant one.</source>
        <translation>d′: Abstand der Klassenmittelwerte in gepoolten Standardabweichungen. KS: größte Lücke zwischen den Score-Verteilungen der beiden Klassen. Bestes F1: F1 beim besten Score-Schwellenwert. AUC: Wahrscheinlichkeit, dass ein relevantes Dokument einen höheren Score erzielt als ein irrelevantes.</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="87"/>
        <source>Documents that rose or fell most with the refined query. Double-click a row to read it.</source>
        <translation>Dokumente, die mit der verfeinerten Anfrage am stärksten gestiegen oder gefallen sind. Doppelklick auf eine Zeile zeigt den Text.</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="86"/>
        <location filename="../widgets/queryinspectorwidget.cpp" line="109"/>
        <source>Rank movers</source>
        <translation>Rangveränderungen</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="121"/>
        <source>Select a query in the run dashboard&apos;s table to inspect it.</source>
        <translation>Wählen Sie eine Anfrage in der Tabelle des Lauf-Dashboards aus, um sie zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="135"/>
        <source>Loading query %1 of run %2…</source>
        <translation>Anfrage %1 von Lauf %2 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="141"/>
        <source>Cannot inspect this query: %1</source>
        <translation>Diese Anfrage kann nicht untersucht werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="151"/>
        <source>Cosine score</source>
        <translation>Kosinus-Score</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="162"/>
        <source>Irrelevant (%1)</source>
        <translation>Irrelevant (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="162"/>
        <source>Relevant (%1)</source>
        <translation>Relevant (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="193"/>
        <source>Query %1: %2
Run %3 · AP %4 → %5</source>
        <translation>Anfrage %1: %2
Lauf %3 · AP %4 → %5</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="198"/>
        <source>This query failed: %1</source>
        <translation>Diese Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="205"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;before&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;after&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;d′&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KS&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;best F1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;vorher&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;nachher&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;d′&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KS&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;bestes F1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="219"/>
        <source>False-positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="152"/>
        <source>% of class</source>
        <translation>% der Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="220"/>
        <source>Recall (TPR)</source>
        <translation>Recall (TPR)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="239"/>
        <source>Before (AUC %1)</source>
        <translation>Vorher (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="240"/>
        <source>After (AUC %1)</source>
        <translation>Nachher (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="256"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="258"/>
        <source>Refinement loss</source>
        <translation>Verfeinerungsverlust</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="286"/>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="288"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="289"/>
        <source>%1

%2

Gold grade %3 · judge score %4 · rank %5 → %6</source>
        <translation>%1

%2

Gold-Stufe %3 · Bewerterwert %4 · Rang %5 → %6</translation>
    </message>
</context>
<context>
    <name>tare::QueryListModel</name>
    <message>
        <location filename="../core/models/querylistmodel.cpp" line="42"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>tare::QueryNavigator</name>
    <message>
        <location filename="../widgets/querynavigator.cpp" line="14"/>
        <source>&amp;Previous Query</source>
        <translation>&amp;Vorherige Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/querynavigator.cpp" line="15"/>
        <source>&amp;Next Query</source>
        <translation>&amp;Nächste Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/querynavigator.cpp" line="19"/>
        <source>Show the previous query of the list on every per-query page (Alt+Left)</source>
        <translation>Die vorherige Anfrage der Liste auf jeder Anfrageseite zeigen (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../widgets/querynavigator.cpp" line="20"/>
        <source>Show the next query of the list on every per-query page (Alt+Right)</source>
        <translation>Die nächste Anfrage der Liste auf jeder Anfrageseite zeigen (Alt+Rechts)</translation>
    </message>
</context>
<context>
    <name>tare::QueryPickerWidget</name>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="29"/>
        <source>The query shown on every per-query page; type to search its id or text</source>
        <translation>Die auf jeder Anfrageseite gezeigte Anfrage; tippen Sie, um nach ID oder Text zu suchen</translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="30"/>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="32"/>
        <source>Search a query…</source>
        <translation>Anfrage suchen…</translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="38"/>
        <source>Query position</source>
        <translation>Position der Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="40"/>
        <source>&amp;Query:</source>
        <translation>&amp;Anfrage:</translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="85"/>
        <source>no run shown</source>
        <translation>kein Lauf angezeigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/querypickerwidget.cpp" line="87"/>
        <source>%n query(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/querypickerwidget.cpp" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>tare::QueryReplay</name>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="21"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="44"/>
        <source>run %1 has no result for query %2</source>
        <translation>Lauf %1 hat kein Ergebnis für Anfrage %2</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="47"/>
        <source>query %1 failed in run %2 (%3): nothing to replay</source>
        <translation>Anfrage %1 ist in Lauf %2 fehlgeschlagen (%3): nichts nachzuspielen</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="64"/>
        <source>query %1 has no vector in the run&apos;s embedding space</source>
        <translation>Anfrage %1 hat keinen Vektor im Einbettungsraum des Laufs</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="79"/>
        <source>run %1, query %2: judged document &apos;%3&apos; is not among the query&apos;s candidates</source>
        <translation>Lauf %1, Anfrage %2: das bewertete Dokument &apos;%3&apos; ist keiner der Kandidaten der Anfrage</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="114"/>
        <source>%1 scores given for %2 judged documents</source>
        <translation>%1 Scores für %2 bewertete Dokumente angegeben</translation>
    </message>
    <message>
        <location filename="../core/run/queryreplay.cpp" line="128"/>
        <location filename="../core/run/queryreplay.cpp" line="146"/>
        <source>no judged document is left to refine with</source>
        <translation>es bleibt kein bewertetes Dokument zum Verfeinern übrig</translation>
    </message>
</context>
<context>
    <name>tare::QueryResultsModel</name>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="77"/>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="77"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="52"/>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="54"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="55"/>
        <source>AP before</source>
        <translation>AP vorher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="58"/>
        <source>AP after</source>
        <translation>AP nachher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="61"/>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="64"/>
        <source>AUC before</source>
        <translation>AUC vorher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="68"/>
        <source>AUC after</source>
        <translation>AUC nachher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="72"/>
        <source>Judge agreement</source>
        <translation>Übereinstimmung Bewerter</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="56"/>
        <location filename="../core/models/queryresultsmodel.cpp" line="59"/>
        <source>Average precision: the mean of the precision at the rank of each relevant document.</source>
        <translation>Average Precision: der Mittelwert der Präzision am Rang jedes relevanten Dokuments.</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="62"/>
        <source>AP after refinement minus AP before; positive means the refined query ranks better.</source>
        <translation>AP nach der Verfeinerung minus AP davor; positiv heißt, die verfeinerte Anfrage rankt besser.</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="65"/>
        <location filename="../core/models/queryresultsmodel.cpp" line="69"/>
        <source>ROC AUC: the probability that a random relevant document outscores a random irrelevant one.</source>
        <translation>ROC-AUC: die Wahrscheinlichkeit, dass ein zufälliges relevantes Dokument einen höheren Score erzielt als ein zufälliges irrelevantes.</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="73"/>
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
        <location filename="../core/models/rankmoversmodel.cpp" line="12"/>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="12"/>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="20"/>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="21"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="39"/>
        <source>Double-click to read the whole text.</source>
        <translation>Doppelklick zeigt den ganzen Text.</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="11"/>
        <source>Moved</source>
        <translation>Bewegt</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="14"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="15"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="16"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="17"/>
        <source>Judge score</source>
        <translation>Bewerterwert</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="24"/>
        <source>Rank before</source>
        <translation>Rang vorher</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="25"/>
        <source>Rank after</source>
        <translation>Rang nachher</translation>
    </message>
    <message>
        <location filename="../core/models/rankmoversmodel.cpp" line="11"/>
        <source>How many places the document rose (▲) or fell (▼) with the refined query.</source>
        <translation>Um wie viele Plätze das Dokument mit der verfeinerten Anfrage gestiegen (▲) oder gefallen (▼) ist.</translation>
    </message>
</context>
<context>
    <name>tare::ReRefineChange</name>
    <message>
        <location filename="../core/feedback/rerefinechange.cpp" line="88"/>
        <source>cancelled; the queries re-refined before were stored</source>
        <translation>abgebrochen; die zuvor neu verfeinerten Anfragen wurden gespeichert</translation>
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
    <name>tare::RefinerCatalogue</name>
    <message>
        <location filename="../core/refine/refinercatalogue.cpp" line="15"/>
        <source>KL-Adam</source>
        <translation>KL-Adam</translation>
    </message>
    <message>
        <location filename="../core/refine/refinercatalogue.cpp" line="16"/>
        <source>ReFIT</source>
        <translation>ReFIT</translation>
    </message>
    <message>
        <location filename="../core/refine/refinercatalogue.cpp" line="17"/>
        <source>Rocchio</source>
        <translation>Rocchio</translation>
    </message>
    <message>
        <location filename="../core/refine/refinercatalogue.cpp" line="18"/>
        <source>None (baseline)</source>
        <translation>Keiner (Basislinie)</translation>
    </message>
</context>
<context>
    <name>tare::RefinerFactory</name>
    <message>
        <location filename="../core/refine/refinercatalogue.cpp" line="70"/>
        <source>Unknown refiner &quot;%1&quot;; known refiners: %2</source>
        <translation>Unbekannter Verfeinerer &quot;%1&quot;; bekannte Verfeinerer: %2</translation>
    </message>
</context>
<context>
    <name>tare::RemoteSpaceBuilder</name>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="69"/>
        <source>the cache holds %1-dimensional vectors of &apos;%2&apos; where %3 are expected; clear it with &apos;tare-cli cache clear&apos; and embed again</source>
        <translation>der Cache enthält %1-dimensionale Vektoren von &apos;%2&apos;, erwartet sind %3; leeren Sie ihn mit &apos;tare-cli cache clear&apos; und betten Sie erneut ein</translation>
    </message>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="83"/>
        <location filename="../core/embed/remotespacebuilder.cpp" line="110"/>
        <source>embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="86"/>
        <source>embedding cancelled; the vectors fetched so far are cached</source>
        <translation>Einbettung abgebrochen; die bisher abgerufenen Vektoren sind zwischengespeichert</translation>
    </message>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="95"/>
        <source>the embedder returned %1-dimensional vectors where %2 were expected; nothing of this batch was cached</source>
        <translation>der Einbetter lieferte %1-dimensionale Vektoren, erwartet waren %2; von diesem Stapel wurde nichts zwischengespeichert</translation>
    </message>
    <message>
        <location filename="../core/embed/remotespacebuilder.cpp" line="146"/>
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
    <name>tare::RunClaim</name>
    <message>
        <location filename="../core/db/runclaim.cpp" line="40"/>
        <source>run %1 is being executed by another Tare process (process %2); wait for it to finish or stop it, then resume</source>
        <translation>Lauf %1 wird von einem anderen Tare-Prozess ausgeführt (Prozess %2); warten Sie, bis er fertig ist, oder beenden Sie ihn, und setzen Sie dann fort</translation>
    </message>
</context>
<context>
    <name>tare::RunComparison</name>
    <message>
        <location filename="../core/inspect/runcomparison.cpp" line="24"/>
        <source>Run %1 · %2 · %3 · %4</source>
        <translation>Lauf %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../core/inspect/runcomparison.cpp" line="31"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit der ID %1</translation>
    </message>
    <message>
        <location filename="../core/inspect/runcomparison.cpp" line="100"/>
        <source>%1, after refinement</source>
        <translation>%1, nach der Verfeinerung</translation>
    </message>
    <message>
        <location filename="../core/inspect/runcomparison.cpp" line="101"/>
        <source>%1, before refinement</source>
        <translation>%1, vor der Verfeinerung</translation>
    </message>
</context>
<context>
    <name>tare::RunCoordinator</name>
    <message>
        <location filename="../app/runcoordinator.cpp" line="133"/>
        <source>Run %1 · starting…</source>
        <translation>Lauf %1 · wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="134"/>
        <source>Run %1 started</source>
        <translation>Lauf %1 gestartet</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="176"/>
        <source>Run %1 finished</source>
        <translation>Lauf %1 beendet</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="177"/>
        <source>Run %1 cancelled; its finished queries are kept</source>
        <translation>Lauf %1 abgebrochen; seine beendeten Anfragen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="179"/>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="187"/>
        <source>Not Enough Memory</source>
        <translation>Nicht genug Speicher</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="188"/>
        <source>Not enough memory: %1.

Started anyway, the run may be stopped by the system half-way (its finished queries are kept).</source>
        <translation>Nicht genug Speicher: %1.

Wird der Lauf trotzdem gestartet, kann das System ihn mittendrin beenden (seine fertigen Anfragen bleiben erhalten).</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="193"/>
        <source>Run Anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="194"/>
        <source>Run anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="198"/>
        <source>Run not started: not enough memory</source>
        <translation>Lauf nicht gestartet: nicht genug Speicher</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="229"/>
        <source>Loading run %1…</source>
        <translation>Lauf %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="241"/>
        <source>Cannot show run %1: %2</source>
        <translation>Lauf %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="286"/>
        <source>Showing run %1, finished</source>
        <translation>Lauf %1 wird angezeigt, beendet</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="287"/>
        <source>Showing run %1, %2</source>
        <translation>Lauf %1 wird angezeigt, %2</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="292"/>
        <source>Showing run %1</source>
        <translation>Lauf %1 wird angezeigt</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="308"/>
        <source>No run shown</source>
        <translation>Kein Lauf angezeigt</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="308"/>
        <source>Start a run (F5) on the Runs page, or open one from its run list.</source>
        <translation>Starten Sie einen Lauf (F5) auf der Seite „Läufe“ oder öffnen Sie einen aus der Laufliste dort.</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="320"/>
        <source>Cannot list the runs: %1</source>
        <translation>Die Läufe können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="361"/>
        <source>Run %1 renamed to “%2”</source>
        <translation>Lauf %1 in „%2“ umbenannt</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="362"/>
        <source>Cannot rename run %1: %2</source>
        <translation>Lauf %1 kann nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="370"/>
        <source>Run %1 is going: cancel it before deleting it.</source>
        <translation>Lauf %1 ist aktiv: brechen Sie ihn ab, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="380"/>
        <source>Cannot delete run %1: %2</source>
        <translation>Lauf %1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="386"/>
        <source>Run %1 deleted</source>
        <translation>Lauf %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="401"/>
        <source>The form holds the settings of run %1; change them and press Start Run (F5).</source>
        <translation>Das Formular enthält die Einstellungen von Lauf %1; ändern Sie sie und drücken Sie „Lauf starten“ (F5).</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="407"/>
        <source>%1 · “%2”</source>
        <translation>%1 · „%2“</translation>
    </message>
    <message>
        <location filename="../app/runcoordinator.cpp" line="415"/>
        <source>%1 · %2 · %3 · started %4</source>
        <translation>%1 · %2 · %3 · gestartet %4</translation>
    </message>
</context>
<context>
    <name>tare::RunDashboardWidget</name>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="87"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="88"/>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="133"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="136"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="143"/>
        <source>Mean AP</source>
        <translation>Mittlere AP</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="173"/>
        <source>Filter queries…</source>
        <translation>Anfragen filtern…</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="198"/>
        <location filename="../widgets/rundashboardwidget.cpp" line="322"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="175"/>
        <location filename="../widgets/rundashboardwidget.cpp" line="209"/>
        <source>Filter queries</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="105"/>
        <source>Shown run</source>
        <translation>Angezeigter Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="108"/>
        <source>Settings of the shown run</source>
        <translation>Einstellungen des angezeigten Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="110"/>
        <source>Pause the run going after the current step; press again to continue</source>
        <translation>Den aktiven Lauf nach dem aktuellen Schritt pausieren; erneut drücken zum Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="111"/>
        <source>Stop the run going; finished queries are kept</source>
        <translation>Den aktiven Lauf stoppen; beendete Anfragen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="132"/>
        <location filename="../widgets/rundashboardwidget.cpp" line="365"/>
        <source>AP by step</source>
        <translation>AP je Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="156"/>
        <source>AP by step chart</source>
        <translation>Diagramm AP je Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="157"/>
        <source>Click a query&apos;s curve to open that query. Right-click to export the chart.</source>
        <translation>Klicken Sie auf die Kurve einer Anfrage, um diese Anfrage zu öffnen. Rechtsklick exportiert das Diagramm.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="162"/>
        <location filename="../widgets/rundashboardwidget.cpp" line="213"/>
        <source>No run shown</source>
        <translation>Kein Lauf angezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="163"/>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="178"/>
        <source>Queries of the shown run</source>
        <translation>Anfragen des angezeigten Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="211"/>
        <source>Queries of the run</source>
        <translation>Anfragen des Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="213"/>
        <source>Start a run (F5), or open one from the run list.</source>
        <translation>Starten Sie einen Lauf (F5) oder öffnen Sie einen aus der Laufliste.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="250"/>
        <source>Run finished.</source>
        <translation>Lauf beendet.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="250"/>
        <source>Run cancelled; finished queries are kept.</source>
        <translation>Lauf abgebrochen; beendete Anfragen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="252"/>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="302"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="309"/>
        <source>%v of %m queries</source>
        <translation>%v von %m Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="325"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="327"/>
        <source>estimating time left…</source>
        <translation>verbleibende Zeit wird geschätzt…</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="410"/>
        <source>Each query</source>
        <translation>Jede Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="429"/>
        <source>Min–max over queries</source>
        <translation>Min.–Max. über Anfragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rundashboardwidget.cpp" line="490"/>
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
        <location filename="../core/run/runengine.cpp" line="178"/>
        <source>the judge scored none of the %n selected document(s)</source>
        <translation>
            <numerusform>der Bewerter hat das %n ausgewählte Dokument nicht bewertet</numerusform>
            <numerusform>der Bewerter hat keines der %n ausgewählten Dokumente bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/judgmentprefetch.cpp" line="31"/>
        <location filename="../core/run/queryrefinement.cpp" line="24"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="182"/>
        <source>%1; the first failure: %2</source>
        <translation>%1; der erste Fehler: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="188"/>
        <source>the refinement diverged: the query vector holds values that are not finite numbers (is the learning rate too large?)</source>
        <translation>die Verfeinerung ist divergiert: der Anfragevektor enthält Werte, die keine endlichen Zahlen sind (ist die Lernrate zu groß?)</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="367"/>
        <source>no dataset with id %1</source>
        <translation>kein Datensatz mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="370"/>
        <source>no embedding space with id %1 in dataset &apos;%2&apos;</source>
        <translation>kein Einbettungsraum mit ID %1 in Datensatz &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="380"/>
        <source>no query with id &apos;%1&apos; in dataset &apos;%2&apos;</source>
        <translation>keine Anfrage mit ID &apos;%1&apos; in Datensatz &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="404"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="559"/>
        <source>run %1 stopped: %2</source>
        <translation>Lauf %1 gestoppt: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="573"/>
        <source>no query could be refined; the first failure: %1</source>
        <translation>keine Anfrage konnte verfeinert werden; der erste Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="575"/>
        <source>run %1 failed: %2</source>
        <translation>Lauf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="64"/>
        <source>the query has no vector in this embedding space</source>
        <translation>die Anfrage hat keinen Vektor in diesem Einbettungsraum</translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="68"/>
        <source>the query vector is zero (no known term?)</source>
        <translation>der Anfragevektor ist null (kein bekannter Term?)</translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="74"/>
        <source>the query has no candidate documents</source>
        <translation>die Anfrage hat keine Kandidatendokumente</translation>
    </message>
    <message>
        <location filename="../core/run/judgingplan.cpp" line="78"/>
        <source>no relevant document in the query&apos;s pool</source>
        <translation>kein relevantes Dokument im Pool der Anfrage</translation>
    </message>
</context>
<context>
    <name>tare::RunExporter</name>
    <message>
        <location filename="../core/run/runexporter.cpp" line="68"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: kann den Ordner nicht anlegen</translation>
    </message>
</context>
<context>
    <name>tare::RunFitCheck</name>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="96"/>
        <source>no embedding space with id %1</source>
        <translation>kein Einbettungsraum mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="124"/>
        <source>import the vectors as float16 (half the memory) or with fewer dimensions, run with fewer threads, or free memory</source>
        <translation>die Vektoren als float16 (halber Speicher) oder mit weniger Dimensionen importieren, mit weniger Threads laufen lassen oder Speicher freigeben</translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="125"/>
        <source>import the vectors with fewer dimensions, run with fewer threads, or free memory</source>
        <translation>die Vektoren mit weniger Dimensionen importieren, mit weniger Threads laufen lassen oder Speicher freigeben</translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="126"/>
        <source>the run needs about %1 of memory (the vectors %2, the run&apos;s working memory %3), %4 is available: %5</source>
        <translation>der Lauf braucht etwa %1 Speicher (die Vektoren %2, der Arbeitsspeicher des Laufs %3), %4 ist verfügbar: %5</translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="129"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="145"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="147"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../core/run/runfitcheck.cpp" line="148"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
</context>
<context>
    <name>tare::RunFormWidget</name>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="41"/>
        <source>&amp;Start Run</source>
        <translation>Lauf s&amp;tarten</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="44"/>
        <source>The dataset whose queries are refined.</source>
        <translation>Der Datensatz, dessen Anfragen verfeinert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="45"/>
        <source>The embedding space that ranks the corpus and holds the query vectors.</source>
        <translation>Der Einbettungsraum, der das Korpus rankt und die Anfragevektoren enthält.</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="48"/>
        <source>How the query vector is refined from the judgments.</source>
        <translation>Wie der Anfragevektor aus den Urteilen verfeinert wird.</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="51"/>
        <source>Adam steps per query.</source>
        <translation>Adam-Schritte je Anfrage.</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="56"/>
        <source>Adam learning rate.</source>
        <translation>Adam-Lernrate.</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="59"/>
        <source>Documents the judge scores per query.</source>
        <translation>Dokumente, die der Bewerter je Anfrage bewertet.</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="62"/>
        <source>How many of the judged documents are the top of the initial ranking; the rest is a seeded random sample of the remaining candidates.</source>
        <translation>Wie viele der bewerteten Dokumente von der Spitze des anfänglichen Rankings stammen; der Rest ist eine Zufallsstichprobe (mit Startwert) aus den übrigen Kandidaten.</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="66"/>
        <source>Seed of the random part of the judged documents.</source>
        <translation>Startwert des zufälligen Teils der bewerteten Dokumente.</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="68"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="69"/>
        <source>Evaluate AP every n steps (auto: every step for up to 40,000 candidates at 100 steps, coarser above, so a curve costs at most 4 million scores a query).</source>
        <translation>AP alle n Schritte auswerten (automatisch: jeden Schritt bis 40.000 Kandidaten bei 100 Schritten, darüber seltener, sodass eine Kurve höchstens 4 Millionen Bewertungen je Anfrage kostet).</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="70"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="71"/>
        <source>A name for the run in the run list.</source>
        <translation>Ein Name für den Lauf in der Laufliste.</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="75"/>
        <source>Run this form&apos;s refinement over every query of the dataset (F5)</source>
        <translation>Die Verfeinerung dieses Formulars über alle Anfragen des Datensatzes ausführen (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="83"/>
        <source>&amp;Dataset:</source>
        <translation>Daten&amp;satz:</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="83"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="84"/>
        <source>S&amp;pace:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="84"/>
        <source>Embedding space</source>
        <translation>Einbettungsraum</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="85"/>
        <source>Re&amp;finer:</source>
        <translation>&amp;Verfeinerer:</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="85"/>
        <source>Refiner</source>
        <translation>Verfeinerer</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="86"/>
        <source>S&amp;teps:</source>
        <translation>Sc&amp;hritte:</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="86"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="87"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="87"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="88"/>
        <source>E&amp;valuate every:</source>
        <translation>&amp;Auswerten alle:</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="88"/>
        <source>Evaluate every</source>
        <translation>Auswerten alle</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="89"/>
        <source>&amp;Judged per query:</source>
        <translation>&amp;Bewertet je Anfrage:</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="89"/>
        <source>Judged documents per query</source>
        <translation>Bewertete Dokumente je Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="90"/>
        <source>From the t&amp;op:</source>
        <translation>Von &amp;oben:</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="90"/>
        <source>Judged from the top</source>
        <translation>Bewertet von oben</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="91"/>
        <source>Sample see&amp;d:</source>
        <translation>Stichproben-Start&amp;wert:</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="91"/>
        <source>Sample seed</source>
        <translation>Stichproben-Startwert</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="92"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="92"/>
        <source>Run name</source>
        <translation>Name des Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="110"/>
        <source>J&amp;udge:</source>
        <translation>Bewert&amp;er:</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="133"/>
        <source>Start run</source>
        <translation>Lauf starten</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runformwidget.cpp" line="179"/>
        <source>%1 (%n query(s))</source>
        <translation>
            <numerusform>%1 (%n Anfrage)</numerusform>
            <numerusform>%1 (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="200"/>
        <source>%1 (%2 dimensions)</source>
        <translation>%1 (%2 Dimensionen)</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="290"/>
        <source>No embedding space to run on: import data and create a space first.</source>
        <translation>Kein Einbettungsraum für einen Lauf: importieren Sie Daten und legen Sie zuerst einen Raum an.</translation>
    </message>
    <message>
        <location filename="../widgets/runformwidget.cpp" line="292"/>
        <source>A run is going; start the next one when it ends (or cancel it).</source>
        <translation>Ein Lauf ist aktiv; starten Sie den nächsten, wenn er endet (oder brechen Sie ihn ab).</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runformwidget.cpp" line="294"/>
        <source>Start Run refines all %n query(s) of %1 with %2, judged by %3.</source>
        <translation>
            <numerusform>„Lauf starten“ verfeinert die %n Anfrage von %1 mit %2, bewertet von %3.</numerusform>
            <numerusform>„Lauf starten“ verfeinert alle %n Anfragen von %1 mit %2, bewertet von %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::RunGainWidget</name>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="92"/>
        <source>Mean ΔAP by step</source>
        <translation>Mittleres ΔAP je Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="93"/>
        <source>ΔAP per query</source>
        <translation>ΔAP je Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="101"/>
        <source>Verdict</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="104"/>
        <source>Run summary</source>
        <translation>Zusammenfassung des Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="105"/>
        <source>Over the queries finished so far. Δ = AP after − AP before. Wins: refinement raised the query&apos;s AP; ties: unchanged. t-test and randomization test: two-sided p of no mean change. CI: 95% bootstrap interval of the mean Δ.</source>
        <translation>Über die bisher beendeten Anfragen. Δ = AP nachher − AP vorher. Gewinne: die Verfeinerung hat die AP der Anfrage erhöht; Gleichstände: unverändert. t-Test und Randomisierungstest: zweiseitiges p für keine mittlere Änderung. KI: 95-%-Bootstrap-Intervall des mittleren Δ.</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="108"/>
        <source>Band: interquartile range</source>
        <translation>Band: Interquartilsabstand</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="109"/>
        <source>Band: 95% CI of the mean</source>
        <translation>Band: 95-%-KI des Mittelwerts</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="110"/>
        <source>The shaded band around the mean ΔAP: where the middle half of the queries lie, or the 95% confidence interval of the mean (Student&apos;s t).</source>
        <translation>Das schattierte Band um das mittlere ΔAP: wo die mittlere Hälfte der Anfragen liegt, oder das 95-%-Konfidenzintervall des Mittelwerts (Student-t).</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="112"/>
        <source>Band of the mean ΔAP</source>
        <translation>Band des mittleren ΔAP</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="121"/>
        <source>Mean ΔAP by step chart</source>
        <translation>Diagramm mittleres ΔAP je Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="122"/>
        <source>ΔAP per query chart</source>
        <translation>Diagramm ΔAP je Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="123"/>
        <source>Click a bar to open its query. Right-click to export the chart.</source>
        <translation>Klicken Sie auf einen Balken, um seine Anfrage zu öffnen. Rechtsklick exportiert das Diagramm.</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="128"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="129"/>
        <source>ΔAP (AP − AP at step 0)</source>
        <translation>ΔAP (AP − AP bei Schritt 0)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rungainwidget.cpp" line="151"/>
        <source>Step %1: mean ΔAP %2 over %n query(s); quartiles %3 … %4</source>
        <translation>
            <numerusform>Schritt %1: mittleres ΔAP %2 über %n Anfrage; Quartile %3 … %4</numerusform>
            <numerusform>Schritt %1: mittleres ΔAP %2 über %n Anfragen; Quartile %3 … %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="160"/>
        <source>ΔAP (after − before)</source>
        <translation>ΔAP (nachher − vorher)</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="161"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rungainwidget.cpp" line="178"/>
        <source>ΔAP %1 … %2: %n query(s)</source>
        <translation>
            <numerusform>ΔAP %1 … %2: %n Anfrage</numerusform>
            <numerusform>ΔAP %1 … %2: %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="258"/>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="260"/>
        <source>MAP before → after, wins and significance appear as queries finish.</source>
        <translation>MAP vorher → nachher, Gewinne und Signifikanz erscheinen, sobald Anfragen fertig sind.</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="267"/>
        <source>Too few queries</source>
        <translation>Zu wenige Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="269"/>
        <source>Helping</source>
        <translation>Hilft</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="272"/>
        <source>Hurting</source>
        <translation>Schadet</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="275"/>
        <source>Not clear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="279"/>
        <source>Helping: the 95% CI of the mean ΔAP lies above zero; hurting: below zero; not clear: it contains zero.</source>
        <translation>Hilft: das 95-%-KI des mittleren ΔAP liegt über null; schadet: darunter; unklar: es enthält null.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rungainwidget.cpp" line="282"/>
        <source>&lt;b&gt;MAP %1 → %2&lt;/b&gt; &amp;nbsp; Δ %3 (%4 %) &amp;nbsp; · &amp;nbsp; wins / ties / losses %5 / %6 / %7 &amp;nbsp; · &amp;nbsp; p (t-test) %8, p (randomization) %9 &amp;nbsp; · &amp;nbsp; 95% CI of Δ [%10, %11] &amp;nbsp; · &amp;nbsp; %n query(s)</source>
        <translation>
            <numerusform>&lt;b&gt;MAP %1 → %2&lt;/b&gt; &amp;nbsp; Δ %3 (%4 %) &amp;nbsp; · &amp;nbsp; Gewinne / Gleichstände / Verluste %5 / %6 / %7 &amp;nbsp; · &amp;nbsp; p (t-Test) %8, p (Randomisierung) %9 &amp;nbsp; · &amp;nbsp; 95-%-KI von Δ [%10, %11] &amp;nbsp; · &amp;nbsp; %n Anfrage</numerusform>
            <numerusform>&lt;b&gt;MAP %1 → %2&lt;/b&gt; &amp;nbsp; Δ %3 (%4 %) &amp;nbsp; · &amp;nbsp; Gewinne / Gleichstände / Verluste %5 / %6 / %7 &amp;nbsp; · &amp;nbsp; p (t-Test) %8, p (Randomisierung) %9 &amp;nbsp; · &amp;nbsp; 95-%-KI von Δ [%10, %11] &amp;nbsp; · &amp;nbsp; %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="313"/>
        <source>Mean ΔAP by step, 95% CI</source>
        <translation>Mittleres ΔAP je Schritt, 95-%-KI</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="313"/>
        <source>Mean ΔAP by step, interquartile range</source>
        <translation>Mittleres ΔAP je Schritt, Interquartilsabstand</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rungainwidget.cpp" line="353"/>
        <source>ΔAP per query (%n query(s))</source>
        <translation>
            <numerusform>ΔAP je Anfrage (%n Anfrage)</numerusform>
            <numerusform>ΔAP je Anfrage (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="391"/>
        <source>Queries of the bar</source>
        <translation>Anfragen des Balkens</translation>
    </message>
    <message>
        <location filename="../widgets/rungainwidget.cpp" line="404"/>
        <source>%1 · ΔAP %2 · %3</source>
        <translation>%1 · ΔAP %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rungainwidget.cpp" line="408"/>
        <source>… and %n more (sort the table by ΔAP)</source>
        <translation>
            <numerusform>… und %n weitere (Tabelle nach ΔAP sortieren)</numerusform>
            <numerusform>… und %n weitere (Tabelle nach ΔAP sortieren)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::RunListModel</name>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="41"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="43"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="44"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="45"/>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="46"/>
        <source>Judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="47"/>
        <source>Refiner</source>
        <translation>Verfeinerer</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="48"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="51"/>
        <source>MAP before</source>
        <translation>MAP vorher</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="53"/>
        <source>MAP after</source>
        <translation>MAP nachher</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="55"/>
        <source>ΔMAP</source>
        <translation>ΔMAP</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="55"/>
        <source>MAP after minus MAP before</source>
        <translation>MAP nachher minus MAP vorher</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="61"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="87"/>
        <source>Workbench</source>
        <translation>Werkbank</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="89"/>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="95"/>
        <source>Experiments %1</source>
        <translation>Experimente %1</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="97"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="97"/>
        <source>Experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="99"/>
        <source>Human feedback on run %1</source>
        <translation>Menschliches Feedback zu Lauf %1</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="99"/>
        <source>Human feedback</source>
        <translation>Menschliches Feedback</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="110"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="111"/>
        <source>lr %1</source>
        <translation>Lernrate %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="114"/>
        <source>%n judged from the top</source>
        <translation>
            <numerusform>%n von oben bewertet</numerusform>
            <numerusform>%n von oben bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="116"/>
        <source>%n judged (%1 from the top, seed %2)</source>
        <translation>
            <numerusform>%n bewertet (%1 von oben, Startwert %2)</numerusform>
            <numerusform>%n bewertet (%1 von oben, Startwert %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="120"/>
        <source>AP every %n step(s)</source>
        <translation>
            <numerusform>AP-Intervall: %n Schritt</numerusform>
            <numerusform>AP-Intervall: %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="122"/>
        <source>%n chosen query(s)</source>
        <translation>
            <numerusform>%n gewählte Anfrage</numerusform>
            <numerusform>%n gewählte Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="134"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="134"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="135"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="135"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="136"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="136"/>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="146"/>
        <source>%1: %2 of %n query(s)</source>
        <translation>
            <numerusform>%1: %2 von %n Anfrage</numerusform>
            <numerusform>%1: %2 von %n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/runlistmodel.cpp" line="148"/>
        <source>%1 (%n failed)</source>
        <translation>
            <numerusform>%1 (%n fehlgeschlagen)</numerusform>
            <numerusform>%1 (%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="154"/>
        <source>Run %1 · %2 · %3 · %4 · %5</source>
        <translation>Lauf %1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <location filename="../core/models/runlistmodel.cpp" line="168"/>
        <location filename="../core/models/runlistmodel.cpp" line="171"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>tare::RunListWidget</name>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="33"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="34"/>
        <source>&amp;Use Settings</source>
        <translation>Einstellungen &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="35"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="36"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="42"/>
        <source>Filter runs (name, dataset, judge, refiner, status…)</source>
        <translation>Läufe filtern (Name, Datensatz, Bewerter, Verfeinerer, Status…)</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="44"/>
        <source>Filter runs</source>
        <translation>Läufe filtern</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="49"/>
        <source>Run list</source>
        <translation>Laufliste</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="60"/>
        <source>Enter or double-click opens the run in the dashboard and the per-query pages.</source>
        <translation>Eingabetaste oder Doppelklick öffnet den Lauf im Dashboard und auf den Seiten je Anfrage.</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="63"/>
        <source>Show the run in the dashboard and every per-query page (Enter)</source>
        <translation>Den Lauf im Dashboard und auf jeder Seite je Anfrage zeigen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="64"/>
        <source>Copy the run&apos;s dataset, space, judge, refiner and parameters into the form for the next run</source>
        <translation>Datensatz, Raum, Bewerter, Verfeinerer und Parameter des Laufs in das Formular für den nächsten Lauf übernehmen</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="67"/>
        <source>Give the run another name (F2)</source>
        <translation>Dem Lauf einen anderen Namen geben (F2)</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="70"/>
        <source>Delete the run and its results, after asking (Del)</source>
        <translation>Den Lauf und seine Ergebnisse nach Rückfrage löschen (Entf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runlistwidget.cpp" line="144"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="153"/>
        <source>Rename Run %1</source>
        <translation>Lauf %1 umbenennen</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="154"/>
        <source>Name of %1:</source>
        <translation>Name von %1:</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="156"/>
        <source>Rename run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="170"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runlistwidget.cpp" line="171"/>
        <source>Its results for %n query(s), their curves and refined vectors are removed.</source>
        <translation>
            <numerusform>Seine Ergebnisse für %n Anfrage, ihre Kurven und verfeinerten Vektoren werden entfernt.</numerusform>
            <numerusform>Seine Ergebnisse für %n Anfragen, ihre Kurven und verfeinerten Vektoren werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="174"/>
        <source>It is a cell of experiment %1: the experiment keeps its stored result, and running it again runs this cell again.</source>
        <translation>Er ist eine Zelle von Experiment %1: Das Experiment behält sein gespeichertes Ergebnis, und wird es erneut ausgeführt, läuft auch diese Zelle erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runlistwidget.cpp" line="178"/>
        <source>%n run(s) derived from it (human feedback) stay, without their link to it.</source>
        <translation>
            <numerusform>%n davon abgeleiteter Lauf (menschliches Feedback) bleibt erhalten, ohne Verknüpfung zu ihm.</numerusform>
            <numerusform>%n davon abgeleitete Läufe (menschliches Feedback) bleiben erhalten, ohne Verknüpfung zu ihm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="180"/>
        <source>Judgments, spaces, datasets and other runs are not touched, so a new run with the same settings costs no judge calls.</source>
        <translation>Urteile, Räume, Datensätze und andere Läufe bleiben unberührt, sodass ein neuer Lauf mit denselben Einstellungen keine Bewerteraufrufe kostet.</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="190"/>
        <source>Delete Run %1</source>
        <translation>Lauf %1 löschen</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="191"/>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <location filename="../widgets/runlistwidget.cpp" line="193"/>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
</context>
<context>
    <name>tare::RunRawExporter</name>
    <message>
        <location filename="../core/run/runrawexporter.cpp" line="38"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/run/runrawexporter.cpp" line="53"/>
        <source>%1: the folder cannot be created</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
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
        <location filename="../core/report/runreport.cpp" line="114"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="114"/>
        <source>nDCG@10</source>
        <translation>nDCG@10</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="114"/>
        <source>P@10</source>
        <translation>P@10</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="115"/>
        <source>Recall@100</source>
        <translation>Recall@100</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="115"/>
        <source>Reciprocal rank</source>
        <translation>Reziproker Rang</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="115"/>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="116"/>
        <source>d′ (separation)</source>
        <translation>d′ (Trennung)</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="116"/>
        <source>Kolmogorov–Smirnov</source>
        <translation>Kolmogorov–Smirnov</translation>
    </message>
    <message>
        <location filename="../core/report/runreport.cpp" line="117"/>
        <source>Best-threshold F1</source>
        <translation>F1 bei bestem Schwellenwert</translation>
    </message>
</context>
<context>
    <name>tare::RunStore</name>
    <message>
        <location filename="../core/db/runstore.cpp" line="364"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::RunSummary</name>
    <message>
        <location filename="../core/run/runsummary.cpp" line="32"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
</context>
<context>
    <name>tare::RunsPage</name>
    <message>
        <location filename="../widgets/runspage.cpp" line="18"/>
        <location filename="../widgets/runspage.cpp" line="19"/>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/runspage.cpp" line="22"/>
        <location filename="../widgets/runspage.cpp" line="23"/>
        <source>Runs of this project</source>
        <translation>Läufe dieses Projekts</translation>
    </message>
</context>
<context>
    <name>tare::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="37"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="39"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="43"/>
        <source>not tested</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="63"/>
        <source>Store Key…</source>
        <translation>Schlüssel speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="65"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="70"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="80"/>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="82"/>
        <source>System keychain entry</source>
        <translation>Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="88"/>
        <source>Capabilities of the endpoint</source>
        <translation>Fähigkeiten des Endpunkts</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="92"/>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="96"/>
        <source>Fills in the address where a known serving stack listens by default.</source>
        <translation>Trägt die Adresse ein, unter der ein bekannter Serving-Stack standardmäßig lauscht.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="98"/>
        <source>The base URL as the service documents it (with /v1 for OpenAI-compatible servers); Tare appends /chat/completions, /embeddings and /rerank.</source>
        <translation>Die Basis-URL, wie der Dienst sie dokumentiert (mit /v1 für OpenAI-kompatible Server); Tare hängt /chat/completions, /embeddings und /rerank an.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="100"/>
        <source>The model that judges documents (chat completions or reranking).</source>
        <translation>Das Modell, das Dokumente bewertet (Chat Completions oder Reranking).</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="101"/>
        <source>The model that embeds queries and documents for remote embedding spaces.</source>
        <translation>Das Modell, das Anfragen und Dokumente für entfernte Embedding-Räume einbettet.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="104"/>
        <source>How many requests Tare keeps in flight at once.</source>
        <translation>Wie viele Anfragen Tare gleichzeitig offen hält.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="107"/>
        <location filename="../widgets/settingsdialog.cpp" line="110"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="111"/>
        <source>The longest a single request may take, retries not counted.</source>
        <translation>Wie lange eine einzelne Anfrage höchstens dauern darf, Wiederholungen nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="112"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="114"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="115"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="116"/>
        <source>&amp;Judge model:</source>
        <translation>&amp;Bewertungsmodell:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="117"/>
        <source>&amp;Embedding model:</source>
        <translation>&amp;Embedding-Modell:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="118"/>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="119"/>
        <source>Co&amp;nnect timeout:</source>
        <translation>Verbindungs-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="120"/>
        <source>&amp;Request timeout:</source>
        <translation>&amp;Anfrage-Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="123"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="125"/>
        <source>&amp;None</source>
        <translation>&amp;Keiner</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="126"/>
        <source>Environment &amp;variable:</source>
        <translation>Umgebungs&amp;variable:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="127"/>
        <source>System &amp;keychain entry:</source>
        <translation>&amp;Schlüsselbund-Eintrag:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="132"/>
        <source>The name of the environment variable that holds the key, not the key.</source>
        <translation>Der Name der Umgebungsvariablen, die den Schlüssel enthält, nicht der Schlüssel.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="134"/>
        <source>The name of the entry in the system keychain (Secret Service) that holds the key.</source>
        <translation>Der Name des Eintrags im Systemschlüsselbund (Secret Service), der den Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="135"/>
        <source>Stores a key in the system keychain under this name; Tare never shows it again.</source>
        <translation>Speichert einen Schlüssel unter diesem Namen im Systemschlüsselbund; Tare zeigt ihn nie wieder an.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="159"/>
        <source>Sends a few small requests to find out what the endpoint can do.</source>
        <translation>Sendet einige kleine Anfragen, um herauszufinden, was der Endpunkt kann.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="161"/>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="161"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="161"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="170"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="180"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="184"/>
        <source>Takes effect at the next start.</source>
        <translation>Wirkt beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="185"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="187"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="188"/>
        <source>Colours follow the system&apos;s theme.</source>
        <translation>Die Farben folgen dem Design des Systems.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="298"/>
        <source>Requests are sent without a key.</source>
        <translation>Anfragen werden ohne Schlüssel gesendet.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="298"/>
        <source>Name where the key comes from.</source>
        <translation>Geben Sie an, woher der Schlüssel kommt.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="307"/>
        <source>Key in the keychain: %1</source>
        <translation>Schlüssel im Schlüsselbund: %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="308"/>
        <source>The variable is set: %1</source>
        <translation>Die Variable ist gesetzt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="323"/>
        <source>Store API Key</source>
        <translation>API-Schlüssel speichern</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="323"/>
        <source>API key to store as keychain entry &apos;%1&apos;:</source>
        <translation>API-Schlüssel, der als Schlüsselbund-Eintrag &apos;%1&apos; gespeichert wird:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="327"/>
        <source>Storing…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="350"/>
        <source>Testing %1…</source>
        <translation>Teste %1…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="373"/>
        <source>Chat completions</source>
        <translation>Chat Completions</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="373"/>
        <source>POST /chat/completions answers.</source>
        <translation>POST /chat/completions antwortet.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="374"/>
        <source>Log probabilities</source>
        <translation>Log-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="374"/>
        <source>Replies carry the top tokens&apos; log probabilities (needed by the yes/no judge).</source>
        <translation>Antworten enthalten die Log-Wahrscheinlichkeiten der wahrscheinlichsten Tokens (für die Ja/Nein-Bewertung nötig).</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="375"/>
        <source>max_completion_tokens</source>
        <translation>max_completion_tokens</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="375"/>
        <source>The server rejects max_tokens and wants max_completion_tokens.</source>
        <translation>Der Server lehnt max_tokens ab und verlangt max_completion_tokens.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="376"/>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="376"/>
        <source>POST /embeddings answers with vectors.</source>
        <translation>POST /embeddings antwortet mit Vektoren.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="377"/>
        <source>Rerank (TEI)</source>
        <translation>Rerank (TEI)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="377"/>
        <source>POST /rerank with {query, texts}.</source>
        <translation>POST /rerank mit {query, texts}.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="378"/>
        <source>Rerank (Cohere, Jina, vLLM)</source>
        <translation>Rerank (Cohere, Jina, vLLM)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="378"/>
        <source>POST /rerank with {model, query, documents}.</source>
        <translation>POST /rerank mit {model, query, documents}.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="380"/>
        <source>No judge can use this endpoint.</source>
        <translation>Kein Bewerter kann diesen Endpunkt nutzen.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="381"/>
        <source>Judges this endpoint enables: %1.</source>
        <translation>Bewerter, die dieser Endpunkt ermöglicht: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="383"/>
        <source>Embeddings of dimension %1.</source>
        <translation>Embeddings der Dimension %1.</translation>
    </message>
</context>
<context>
    <name>tare::ShellActions</name>
    <message>
        <location filename="../app/shellactions.cpp" line="41"/>
        <source>Show Page %1</source>
        <translation>Seite %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="41"/>
        <source>Show the %1 Page</source>
        <translation>Seite „%1“ anzeigen</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="64"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="67"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="68"/>
        <source>Create an empty project file, then import data into it.</source>
        <translation>Eine leere Projektdatei anlegen und dann Daten hineinimportieren.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="69"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="70"/>
        <source>Open an existing Tare project file.</source>
        <translation>Eine vorhandene Tare-Projektdatei öffnen.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="72"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="77"/>
        <source>Open &amp;Sample Project</source>
        <translation>Beispiel&amp;projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="78"/>
        <source>The bundled sample datasets with the built-in embedder (created on first use).</source>
        <translation>Die mitgelieferten Beispieldatensätze mit dem eingebauten Einbetter (beim ersten Gebrauch angelegt).</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="81"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="91"/>
        <source>&amp;BEIR Folder…</source>
        <translation>&amp;BEIR-Ordner…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="91"/>
        <source>corpus.jsonl, queries.jsonl and qrels/&lt;split&gt;.tsv (the MTEB retrieval layout).</source>
        <translation>corpus.jsonl, queries.jsonl und qrels/&lt;split&gt;.tsv (das MTEB-Retrieval-Layout).</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="93"/>
        <source>&amp;Classification Table…</source>
        <translation>&amp;Klassifikationstabelle…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="93"/>
        <source>CSV, TSV or JSON lines with a text and a label column: one query per label.</source>
        <translation>CSV, TSV oder JSON Lines mit einer Text- und einer Labelspalte: eine Anfrage je Label.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="95"/>
        <source>TREC &amp;Qrels…</source>
        <translation>TREC-&amp;Qrels…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="95"/>
        <source>Relevance labels for an existing dataset (qid 0 docid grade).</source>
        <translation>Relevanzlabels für einen vorhandenen Datensatz (qid 0 docid grade).</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="96"/>
        <source>&amp;Vectors…</source>
        <translation>&amp;Vektoren…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="96"/>
        <source>Precomputed embeddings (.npy with an id list, or JSON lines).</source>
        <translation>Vorberechnete Embeddings (.npy mit ID-Liste oder JSON Lines).</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="106"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="107"/>
        <source>Write the selected run (or the experiment shown) as an HTML, Markdown or CSV report.</source>
        <translation>Den gewählten Lauf (oder das gezeigte Experiment) als HTML-, Markdown- oder CSV-Bericht schreiben.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="109"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="111"/>
        <source>Endpoints, models, API key source and language.</source>
        <translation>Endpunkte, Modelle, Herkunft des API-Schlüssels und Sprache.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="113"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="119"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="121"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="122"/>
        <source>The first page: try the sample, import your data, connect a model, recent projects.</source>
        <translation>Die Startseite: Beispiel ausprobieren, eigene Daten importieren, ein Modell anbinden, zuletzt geöffnete Projekte.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="123"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="126"/>
        <source>Every keyboard shortcut of the window.</source>
        <translation>Alle Tastenkürzel des Fensters.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="128"/>
        <source>&amp;About Tare</source>
        <translation>&amp;Über Tare</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="128"/>
        <source>About Tare</source>
        <translation>Über Tare</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="129"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="135"/>
        <source>&lt;h3&gt;Tare %1&lt;/h3&gt;&lt;p&gt;A workbench for LLM-guided, test-time refinement of query embeddings.&lt;/p&gt;&lt;p&gt;It implements the method of &lt;i&gt;Task-Adaptive Embedding Refinement via Test-time LLM Guidance&lt;/i&gt; (Gera et al., 2026).&lt;/p&gt;&lt;p&gt;Tare is free software under the MIT licence. It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU LGPL v3&lt;/li&gt;&lt;li&gt;Eigen — Mozilla Public License 2.0&lt;/li&gt;&lt;li&gt;SQLite — public domain&lt;/li&gt;&lt;li&gt;libcurl — curl licence (MIT/X style)&lt;/li&gt;&lt;li&gt;QtKeychain — BSD 3-clause licence&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Tare %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für die LLM-gestützte Verfeinerung von Query-Embeddings zur Testzeit.&lt;/p&gt;&lt;p&gt;Sie setzt die Methode aus &lt;i&gt;Task-Adaptive Embedding Refinement via Test-time LLM Guidance&lt;/i&gt; (Gera et al., 2026) um.&lt;/p&gt;&lt;p&gt;Tare ist freie Software unter der MIT-Lizenz. Es verwendet:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU LGPL v3&lt;/li&gt;&lt;li&gt;Eigen — Mozilla Public License 2.0&lt;/li&gt;&lt;li&gt;SQLite — gemeinfrei&lt;/li&gt;&lt;li&gt;libcurl — curl-Lizenz (MIT/X-artig)&lt;/li&gt;&lt;li&gt;QtKeychain — BSD-3-Clause-Lizenz&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="152"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="152"/>
        <source>Tare projects (*.tare);;All files (*)</source>
        <translation>Tare-Projekte (*.tare);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="159"/>
        <location filename="../app/shellactions.cpp" line="165"/>
        <location filename="../app/shellactions.cpp" line="183"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="159"/>
        <source>Tare projects (*.tare)</source>
        <translation>Tare-Projekte (*.tare)</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="165"/>
        <source>%1 is the open project; choose another file name.</source>
        <translation>%1 ist das geöffnete Projekt; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="176"/>
        <source>%1: cannot replace: %2</source>
        <translation>%1: kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="189"/>
        <source>Created %1; import data with File ▸ Import.</source>
        <translation>%1 angelegt; importieren Sie Daten mit Datei ▸ Importieren.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="235"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="239"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="251"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="251"/>
        <source>Open or create a project first (File ▸ New Project).</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt (Datei ▸ Neues Projekt).</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="280"/>
        <source>The language changes fully at the next start.</source>
        <translation>Die Sprache wechselt vollständig beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../app/shellactions.cpp" line="282"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>tare::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="42"/>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="81"/>
        <location filename="../widgets/shortcutsdialog.cpp" line="91"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="109"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="112"/>
        <source>Filter by action, key or place</source>
        <translation>Nach Aktion, Taste oder Ort filtern</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="114"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="117"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="119"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="119"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="119"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>tare::SpaceBuilder</name>
    <message>
        <location filename="../core/embed/spacebuilder.cpp" line="30"/>
        <source>Texts from the cache: %1; sent to the endpoint: %2.</source>
        <translation>Texte aus dem Cache: %1; an den Endpunkt gesendet: %2.</translation>
    </message>
    <message>
        <location filename="../core/embed/spacebuilder.cpp" line="39"/>
        <source>The query vectors embed a hypothetical document per query; the document vectors are the source&apos;s.</source>
        <translation>Die Anfragevektoren betten je Anfrage ein hypothetisches Dokument ein; die Dokumentvektoren stammen aus dem Quellraum.</translation>
    </message>
    <message>
        <location filename="../core/embed/spacebuilder.cpp" line="45"/>
        <source>the new embedding space %1 was not found</source>
        <translation>der neue Einbettungsraum %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/embed/spacebuilder.cpp" line="50"/>
        <source>Built space &apos;%1&apos; (dimension %2): document vectors %3, query vectors %4.</source>
        <translation>Raum &apos;%1&apos; erstellt (Dimension %2): Dokumentvektoren %3, Anfragevektoren %4.</translation>
    </message>
</context>
<context>
    <name>tare::SpaceStore</name>
    <message>
        <location filename="../core/db/spacestore.cpp" line="79"/>
        <source>embedding dimension %1 is out of range (1..65536)</source>
        <translation>Embedding-Dimension %1 liegt außerhalb des Bereichs (1..65536)</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="81"/>
        <source>an embedding space named &apos;%1&apos; already exists</source>
        <translation>ein Einbettungsraum namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="96"/>
        <source>no dataset with id %1</source>
        <translation>kein Datensatz mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="98"/>
        <source>dataset &apos;%1&apos; already has a space named &apos;%2&apos;</source>
        <translation>Datensatz &apos;%1&apos; hat bereits einen Raum namens &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="153"/>
        <location filename="../core/db/spacestore.cpp" line="164"/>
        <location filename="../core/db/spacestore.cpp" line="179"/>
        <location filename="../core/db/spacestore.cpp" line="209"/>
        <source>no embedding space with id %1</source>
        <translation>kein Einbettungsraum mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="182"/>
        <source>an embedding space needs a name</source>
        <translation>ein Einbettungsraum braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="186"/>
        <source>this dataset already has an embedding space named &apos;%1&apos;</source>
        <translation>dieser Datensatz hat bereits einen Einbettungsraum namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="212"/>
        <source>%1: embedding space %2 has dimension %3, outside 1..%4 (damaged project?)</source>
        <translation>%1: Einbettungsraum %2 hat Dimension %3, außerhalb von 1..%4 (Projekt beschädigt?)</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="225"/>
        <location filename="../core/db/spacestore.cpp" line="255"/>
        <source>vector of dimension %1 does not fit a space of dimension %2</source>
        <translation>ein Vektor der Dimension %1 passt nicht in einen Raum der Dimension %2</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="281"/>
        <source>%1: a chunk of the vectors of embedding space %2 holds %3 bytes of vectors and %4 bytes of ids for %5 rows of %6 bytes (damaged project?)</source>
        <translation>%1: Ein Block der Vektoren von Einbettungsraum %2 enthält %3 Bytes an Vektoren und %4 Bytes an IDs für %5 Zeilen zu %6 Bytes (Projekt beschädigt?)</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="295"/>
        <source>%1: embedding space %2 is too large to load: over %3 vectors of %4 bytes need more than the limit of %5 GiB</source>
        <translation>%1: Einbettungsraum %2 ist zu groß zum Laden: über %3 Vektoren zu %4 Bytes brauchen mehr als die Grenze von %5 GiB</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="313"/>
        <source>%1: the vectors of embedding space %2 changed while they were read</source>
        <translation>%1: Die Vektoren von Einbettungsraum %2 haben sich beim Lesen geändert</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="331"/>
        <source>%1: document %2 has two vectors in embedding space %3 (damaged project?)</source>
        <translation>%1: Dokument %2 hat zwei Vektoren in Einbettungsraum %3 (Projekt beschädigt?)</translation>
    </message>
    <message>
        <location filename="../core/db/spacestore.cpp" line="451"/>
        <source>embedding space %1 does not store float16 vectors</source>
        <translation>Einbettungsraum %1 speichert keine float16-Vektoren</translation>
    </message>
</context>
<context>
    <name>tare::SqliteConnection</name>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="245"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="354"/>
        <source>%1: the disk is full (%2); nothing of the unfinished step was written</source>
        <translation>%1: der Datenträger ist voll (%2); vom unvollendeten Schritt wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="360"/>
        <source>%1: no space to write: the disk is full or the file reached its size limit (%2); nothing of the unfinished step was written</source>
        <translation>%1: kein Platz zum Schreiben: der Datenträger ist voll oder die Datei hat ihre Größengrenze erreicht (%2); vom unvollendeten Schritt wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="364"/>
        <source>%1: the project is in use by another Tare process (it kept the project locked for more than %2 s); try again when it has finished</source>
        <translation>%1: das Projekt wird von einem anderen Tare-Prozess verwendet (er hielt es länger als %2 s gesperrt); versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="369"/>
        <source>%1: not a Tare project or a damaged file (%2)</source>
        <translation>%1: kein Tare-Projekt oder eine beschädigte Datei (%2)</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="370"/>
        <source>%1: database error: %2 (in: %3)</source>
        <translation>%1: Datenbankfehler: %2 (in: %3)</translation>
    </message>
</context>
<context>
    <name>tare::SqliteStatement</name>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="79"/>
        <source>%1: a value of %2 bytes is too large to store (the limit is %3 bytes)</source>
        <translation>%1: ein Wert von %2 Bytes ist zu groß zum Speichern (die Grenze liegt bei %3 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="83"/>
        <source>binding parameter %1 of: %2</source>
        <translation>Binden von Parameter %1 in: %2</translation>
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
    <name>tare::TrajectoryTopModel</name>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="12"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="13"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="14"/>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="14"/>
        <source>Gold relevance (grade).</source>
        <translation>Gold-Relevanz (Stufe).</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="15"/>
        <source>Judged</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="16"/>
        <source>Judged documents: their number in the pictures (rank before refinement) and the judge&apos;s score.</source>
        <translation>Bewertete Dokumente: ihre Nummer in den Diagrammen (Rang vor der Verfeinerung) und der Wert des Bewerters.</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="17"/>
        <source>Since step 0</source>
        <translation>Seit Schritt 0</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="17"/>
        <source>How the document moved since the start: ▲ up, ▼ down, new in the top ten.</source>
        <translation>Wie sich das Dokument seit dem Start bewegt hat: ▲ nach oben, ▼ nach unten, neu in den Top 10.</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="18"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="79"/>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="79"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="81"/>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="87"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="90"/>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <location filename="../core/models/trajectorytopmodel.cpp" line="90"/>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
</context>
<context>
    <name>tare::TrajectoryWidget</name>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="129"/>
        <source>Judged documents and the query&apos;s path (PCA)</source>
        <translation>Bewertete Dokumente und der Weg der Anfrage (PCA)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="131"/>
        <source>Target p and current r over the judged documents</source>
        <translation>Ziel p und aktuelles r über den bewerteten Dokumenten</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="538"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="137"/>
        <location filename="../widgets/trajectorywidget.cpp" line="704"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="138"/>
        <source>◀ Step</source>
        <translation>◀ Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="139"/>
        <source>Step ▶</source>
        <translation>Schritt ▶</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="185"/>
        <source>One step back</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="188"/>
        <source>One step forward</source>
        <translation>Einen Schritt vor</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="191"/>
        <source>Refinement step</source>
        <translation>Verfeinerungsschritt</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="197"/>
        <source>Playback speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="183"/>
        <source>Play or pause the refinement (Space).</source>
        <translation>Verfeinerung abspielen oder anhalten (Leertaste).</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="192"/>
        <source>The refinement step shown: 0 is the original query.</source>
        <translation>Der gezeigte Verfeinerungsschritt: 0 ist die ursprüngliche Anfrage.</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="194"/>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="198"/>
        <source>Playback speed.</source>
        <translation>Abspielgeschwindigkeit.</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="301"/>
        <source>Select a query in the run dashboard&apos;s table to watch its refinement.</source>
        <translation>Wählen Sie eine Anfrage in der Tabelle des Lauf-Dashboards, um ihre Verfeinerung zu verfolgen.</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="344"/>
        <source>Replaying query %1 of run %2…</source>
        <translation>Spiele Anfrage %1 aus Lauf %2 nach…</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="349"/>
        <source>Cannot replay this query: %1</source>
        <translation>Diese Anfrage kann nicht nachgespielt werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="444"/>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="447"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="524"/>
        <location filename="../widgets/trajectorywidget.cpp" line="539"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/trajectorywidget.cpp" line="568"/>
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
        <location filename="../widgets/trajectorywidget.cpp" line="387"/>
        <source>Principal component 1 (%1% of variance)</source>
        <translation>Hauptkomponente 1 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="130"/>
        <location filename="../widgets/trajectorywidget.cpp" line="217"/>
        <source>The query&apos;s path, magnified</source>
        <translation>Der Weg der Anfrage, vergrößert</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="132"/>
        <location filename="../widgets/trajectorywidget.cpp" line="219"/>
        <source>Loss and AP</source>
        <translation>Verlust und AP</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="136"/>
        <source>Play or Pause</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="147"/>
        <source>Query and run</source>
        <translation>Anfrage und Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="159"/>
        <source>Lesson caption</source>
        <translation>Lektionstext</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="162"/>
        <source>Lesson query</source>
        <translation>Anfrage der Lektion</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="163"/>
        <source>The query the lesson replays.</source>
        <translation>Die Anfrage, die die Lektion nachspielt.</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="169"/>
        <location filename="../widgets/trajectorywidget.cpp" line="643"/>
        <source>Step %1 of %2 · loss %3 · AP %4</source>
        <translation>Schritt %1 von %2 · Verlust %3 · AP %4</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="173"/>
        <source>Step, loss and AP</source>
        <translation>Schritt, Verlust und AP</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="182"/>
        <source>Play or pause</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="186"/>
        <source>One step back (←).</source>
        <translation>Einen Schritt zurück (←).</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="189"/>
        <source>One step forward (→).</source>
        <translation>Einen Schritt vor (→).</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="216"/>
        <source>Judged documents and the query&apos;s path</source>
        <translation>Bewertete Dokumente und der Weg der Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="218"/>
        <source>Target p and current r</source>
        <translation>Ziel p und aktuelles r</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="229"/>
        <source>Top ten documents at this step</source>
        <translation>Top-10-Dokumente in diesem Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="239"/>
        <source>Top ten heading</source>
        <translation>Überschrift der Top 10</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="284"/>
        <source>One Step Back</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="286"/>
        <source>One Step Forward</source>
        <translation>Einen Schritt vor</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="363"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="387"/>
        <source>PC 1 (%1%)</source>
        <translation>HK 1 (%1 %)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="388"/>
        <source>Principal component 2 (%1% of variance)</source>
        <translation>Hauptkomponente 2 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="388"/>
        <source>PC 2 (%1%)</source>
        <translation>HK 2 (%1 %)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="401"/>
        <source>Judge score</source>
        <translation>Bewerterwert</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="410"/>
        <source>Relevant (gold)</source>
        <translation>Relevant (Gold)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="411"/>
        <source>Not relevant (gold)</source>
        <translation>Irrelevant (Gold)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="502"/>
        <source>Documents (rank before refinement)</source>
        <translation>Dokumente (Rang vor der Verfeinerung)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="573"/>
        <source>Lesson: how the judge&apos;s feedback moves a query</source>
        <translation>Lektion: wie das Feedback des Bewerters eine Anfrage bewegt</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="596"/>
        <source>The query&apos;s path, magnified ×%1</source>
        <translation>Der Weg der Anfrage, vergrößert ×%1</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="640"/>
        <source>Top ten at step %1 · AP %2 (at the start %3)</source>
        <translation>Top 10 bei Schritt %1 · AP %2 (am Anfang %3)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="680"/>
        <source>#%1 · %2 · %3
judge score %4 · p %5 · r now %6
%7</source>
        <translation>#%1 · %2 · %3
Bewerterwert %4 · p %5 · r jetzt %6
%7</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="682"/>
        <source>relevant (grade %1)</source>
        <translation>relevant (Stufe %1)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="682"/>
        <source>not relevant</source>
        <translation>nicht relevant</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="451"/>
        <source>Query now</source>
        <translation>Anfrage jetzt</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="481"/>
        <source>Target p (judge)</source>
        <translation>Ziel p (Bewerter)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="485"/>
        <source>Current r (query)</source>
        <translation>Aktuelles r (Anfrage)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="511"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="522"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="523"/>
        <source>KL(p‖r) (nats)</source>
        <translation>KL(p‖r) (nats)</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="540"/>
        <location filename="../widgets/trajectorywidget.cpp" line="542"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../widgets/trajectorywidget.cpp" line="698"/>
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
        <location filename="../core/io/vectorimporter.cpp" line="36"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation>kein Datensatz namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="38"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="41"/>
        <source>a .npy file needs an id list (one id per line, row order)</source>
        <translation>eine .npy-Datei braucht eine ID-Liste (eine ID pro Zeile, in Zeilenreihenfolge)</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="59"/>
        <source>the space &apos;%1&apos; holds %2 vectors; imported vectors go into a space of their own (name one with --space)</source>
        <translation>der Raum &apos;%1&apos; enthält %2 Vektoren; importierte Vektoren kommen in einen eigenen Raum (nennen Sie einen mit --space)</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="64"/>
        <source>the space &apos;%1&apos; exists; add --update to add these vectors to it (replacing those of the same ids), or name a new space with --space</source>
        <translation>der Raum &apos;%1&apos; existiert; geben Sie --update an, um ihm diese Vektoren hinzuzufügen (Vektoren mit denselben IDs werden ersetzt), oder nennen Sie mit --space einen neuen Raum</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="74"/>
        <source>the space &apos;%1&apos; was used by run(s) %2 and stays as those runs saw it; import into a new space with --space</source>
        <translation>der Raum &apos;%1&apos; wurde bereits verwendet (Läufe: %2) und bleibt so, wie diese Läufe ihn gesehen haben; importieren Sie mit --space in einen neuen Raum</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="79"/>
        <source>the space &apos;%1&apos; stores %2 vectors, not %3; import into a new space with --space</source>
        <translation>der Raum &apos;%1&apos; speichert %2-Vektoren, nicht %3; importieren Sie mit --space in einen neuen Raum</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="99"/>
        <source>vector of dimension %1, but the space &apos;%2&apos; has dimension %3</source>
        <translation>Vektor der Dimension %1, aber der Raum &apos;%2&apos; hat Dimension %3</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="113"/>
        <source>component %1 of the vector for &apos;%2&apos; is not finite</source>
        <translation>Komponente %1 des Vektors für &apos;%2&apos; ist nicht endlich</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="117"/>
        <source>component %1 of the vector for &apos;%2&apos; is %3, beyond the float16 range (±65504); import it as float32</source>
        <translation>Komponente %1 des Vektors für &apos;%2&apos; ist %3, jenseits des float16-Bereichs (±65504); importieren Sie ihn als float32</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="126"/>
        <source>the id &apos;%1&apos; was given before, on line %2</source>
        <translation>die ID &apos;%1&apos; wurde bereits in Zeile %2 angegeben</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="130"/>
        <source>unknown document id &apos;%1&apos;</source>
        <translation>unbekannte Dokument-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="137"/>
        <source>unknown query id &apos;%1&apos;</source>
        <translation>unbekannte Anfrage-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="143"/>
        <source>import cancelled; nothing was added</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="163"/>
        <source>the id list has %1 lines but the array has %2 rows</source>
        <translation>die ID-Liste hat %1 Zeilen, das Array aber %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="173"/>
        <source>the id list has more lines than the array has rows (%1)</source>
        <translation>die ID-Liste hat mehr Zeilen, als das Array Zeilen hat (%1)</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="176"/>
        <source>the array has no rows</source>
        <translation>das Array hat keine Zeilen</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="188"/>
        <source>missing or non-array field &quot;embedding&quot;</source>
        <translation>fehlendes Feld &quot;embedding&quot; oder kein Array</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="193"/>
        <source>component %1 of &quot;embedding&quot; is not a number</source>
        <translation>Komponente %1 von &quot;embedding&quot; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="197"/>
        <source>empty &quot;embedding&quot;</source>
        <translation>leeres &quot;embedding&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="204"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>tare::WelcomePage</name>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="18"/>
        <source>Welcome to Tare</source>
        <translation>Willkommen bei Tare</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="19"/>
        <source>Try the sample</source>
        <translation>Beispiel ausprobieren</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="20"/>
        <location filename="../widgets/welcomepage.cpp" line="47"/>
        <source>Import your data</source>
        <translation>Eigene Daten importieren</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="21"/>
        <source>Connect a model</source>
        <translation>Ein Modell anbinden</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="23"/>
        <source>Open Another Project…</source>
        <translation>Anderes Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="33"/>
        <source>Tare refines query embeddings at test time: a judge (gold labels, a simulation, an LLM, a reranker or you) scores a few of the top documents, the query vector moves towards what the judge liked, and the corpus is ranked again. Pick a way in:</source>
        <translation>Tare verfeinert Anfrage-Embeddings zur Testzeit: ein Bewerter (Gold-Labels, eine Simulation, ein LLM, ein Reranker oder Sie selbst) bewertet einige der obersten Dokumente, der Anfragevektor bewegt sich zu dem hin, was dem Bewerter gefiel, und das Korpus wird neu gerankt. Wählen Sie einen Einstieg:</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="40"/>
        <source>Opens the bundled sample project and refines its queries with the gold labels: a finished run to explore within a few seconds.</source>
        <translation>Öffnet das mitgelieferte Beispielprojekt und verfeinert seine Anfragen mit den Gold-Labels: nach wenigen Sekunden ein fertiger Lauf zum Erkunden.</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="43"/>
        <source>Creates a new project file, then imports a BEIR folder (corpus, queries, qrels) or a classification table (one query per label).</source>
        <translation>Legt eine neue Projektdatei an und importiert dann einen BEIR-Ordner (Korpus, Anfragen, qrels) oder eine Klassifikationstabelle (eine Anfrage je Label).</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="48"/>
        <source>&amp;BEIR Folder…</source>
        <translation>&amp;BEIR-Ordner…</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="49"/>
        <source>&amp;Classification Table…</source>
        <translation>&amp;Klassifikationstabelle…</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="52"/>
        <source>Points Tare at an OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp, LiteLLM, TEI) and tests what it can do: LLM judges, reranking, embeddings.</source>
        <translation>Verbindet Tare mit einem OpenAI-kompatiblen Endpunkt (OpenAI, vLLM, Ollama, llama.cpp, LiteLLM, TEI) und prüft, was er kann: LLM-Bewerter, Reranking, Embeddings.</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="57"/>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Zuletzt geöffnete Projekte:</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="60"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="68"/>
        <source>Keyboard shortcuts: F1. The welcome page comes back with Help ▸ Welcome.</source>
        <translation>Tastenkürzel: F1. Die Willkommensseite erreichen Sie wieder über Hilfe ▸ Willkommen.</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="116"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="121"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="125"/>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt geöffneten Projekte.</translation>
    </message>
    <message>
        <location filename="../widgets/welcomepage.cpp" line="145"/>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
</context>
<context>
    <name>tare::cli</name>
    <message>
        <location filename="../cli/exportcommand.cpp" line="21"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation>kein Datensatz namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="26"/>
        <source>the project holds %1 datasets: name one with --dataset</source>
        <translation>das Projekt enthält %1 Datensätze: nennen Sie einen mit --dataset</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="27"/>
        <source>Imported %1 vectors into space %2 of dataset &apos;%3&apos; in %4 s</source>
        <translation>%1 Vektoren in Raum %2 von Datensatz &apos;%3&apos; in %4 s importiert</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="34"/>
        <source>Imported into dataset &apos;%1&apos;: %2 documents, %3 queries, %4 labels (%5 positive) in %6 s</source>
        <translation>In Datensatz &apos;%1&apos; importiert: %2 Dokumente, %3 Anfragen, %4 Labels (%5 positiv) in %6 s</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="44"/>
        <source>warning: %1 of the %2 queries of dataset &apos;%3&apos; have no vector in this space; runs in it refine only the %4 that have one</source>
        <translation>Warnung: %1 der %2 Anfragen von Datensatz &apos;%3&apos; haben keinen Vektor in diesem Raum; Läufe darin verfeinern nur die %4, die einen haben</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="46"/>
        <source>warning: %1 of the %2 documents of dataset &apos;%3&apos; have no vector in this space; runs in it rank only the %4 that have one</source>
        <translation>Warnung: %1 der %2 Dokumente von Datensatz &apos;%3&apos; haben keinen Vektor in diesem Raum; Läufe darin ranken nur die %4, die einen haben</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="55"/>
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
        <location filename="../cli/clisupport.cpp" line="65"/>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 muss eine ganze Zahl &gt;= %2 sein</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="66"/>
        <source>--%1 must be an integer in %2..%3</source>
        <translation>--%1 muss eine ganze Zahl in %2..%3 sein</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="84"/>
        <source>--%1 must be a positive number</source>
        <translation>--%1 muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="144"/>
        <source>no embedding space named &apos;%1&apos; (create one with &apos;tare-cli embed&apos;)</source>
        <translation>kein Einbettungsraum namens &apos;%1&apos; (legen Sie einen mit &apos;tare-cli embed&apos; an)</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="146"/>
        <source>several datasets have a space named &apos;%1&apos;: name one with --dataset</source>
        <translation>mehrere Datensätze haben einen Raum namens &apos;%1&apos;: nennen Sie einen mit --dataset</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="163"/>
        <source>--seed must be an integer</source>
        <translation>--seed muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="188"/>
        <source>--paper-dataset must be one of %1</source>
        <translation>--paper-dataset muss eines von %1 sein</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="193"/>
        <source>--task-type must be classification or search</source>
        <translation>--task-type muss classification oder search sein</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="198"/>
        <source>--document-text must be title-space, title-newline or text</source>
        <translation>--document-text muss title-space, title-newline oder text sein</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="205"/>
        <source>unknown refiner &apos;%1&apos; (%2)</source>
        <translation>unbekannter Verfeinerer &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="40"/>
        <source>would import %1 as dataset &apos;%2&apos;</source>
        <translation>würde %1 als Datensatz &apos;%2&apos; importieren</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="47"/>
        <source>Imported %1 as dataset &apos;%2&apos;: %3 documents, %4 queries, %5 labels</source>
        <translation>%1 als Datensatz &apos;%2&apos; importiert: %3 Dokumente, %4 Anfragen, %5 Labels</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="26"/>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="26"/>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="26"/>
        <source>this project</source>
        <translation>dieses Projekt</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="27"/>
        <source>    query:    %1</source>
        <translation>    Anfrage:  %1</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="28"/>
        <source>    document: %1</source>
        <translation>    Dokument: %1</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="30"/>
        <source>    (%1)</source>
        <translation>    (%1)</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="30"/>
        <source>no dataset named &apos;%1&apos;</source>
        <translation>kein Datensatz namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="31"/>
        <source>every dataset already has a space named &apos;%1&apos;</source>
        <translation>jeder Datensatz hat bereits einen Raum namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>tare::cli::CacheCommand</name>
    <message>
        <location filename="../cli/cachecommand.cpp" line="13"/>
        <source>list or clear</source>
        <translation>list oder clear</translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="14"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="16"/>
        <source>clear: only the vectors of this embedder identity (as &apos;list&apos; shows it).</source>
        <translation>clear: nur die Vektoren dieser Einbetter-Identität (wie &apos;list&apos; sie anzeigt).</translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="20"/>
        <source>List or clear the cache of remote embeddings (vectors by embedder identity and text).</source>
        <translation>Den Cache entfernter Embeddings auflisten oder leeren (Vektoren nach Einbetter-Identität und Text).</translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="24"/>
        <source>usage: tare-cli cache list|clear PROJECT [--identity ID]</source>
        <translation>Aufruf: tare-cli cache list|clear PROJEKT [--identity ID]</translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="30"/>
        <source>The cache is empty.</source>
        <translation>Der Cache ist leer.</translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="32"/>
        <source>%1 vector(s): %2</source>
        <translation>%1 Vektor(en): %2</translation>
    </message>
    <message>
        <location filename="../cli/cachecommand.cpp" line="36"/>
        <source>Removed %1 cached vector(s).</source>
        <translation>%1 Vektor(en) aus dem Cache entfernt.</translation>
    </message>
</context>
<context>
    <name>tare::cli::ConvertCommand</name>
    <message>
        <location filename="../cli/convertcommand.cpp" line="17"/>
        <source>The release files or folders (see --help).</source>
        <translation>Die Dateien oder Ordner der Veröffentlichung (siehe --help).</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="19"/>
        <source>The BEIR folder to write (created when missing).</source>
        <translation>Der zu schreibende BEIR-Ordner (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="22"/>
        <source>clinc150: the intent description table (intent_name,intent_description).</source>
        <translation>clinc150: die Tabelle der Intent-Beschreibungen (intent_name,intent_description).</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="25"/>
        <source>argkp21: a split to read (repeatable; default dev and train); clinc150: the section of data_full.json (default train); nfcorpus, realscholarquery: test.</source>
        <translation>argkp21: ein zu lesender Split (wiederholbar; Standard dev und train); clinc150: der Abschnitt von data_full.json (Standard train); nfcorpus, realscholarquery: test.</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="29"/>
        <source>Keep at most N documents: every relevant one and a seeded sample of the others (default: the paper&apos;s cap, 25000 for realscholarquery; 0: all).</source>
        <translation>Höchstens N Dokumente behalten: jedes relevante und eine Stichprobe der übrigen mit Startwert (Standard: die Obergrenze des Papers, 25000 für realscholarquery; 0: alle).</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="32"/>
        <source>Seed of the corpus sample (default 42, as the paper).</source>
        <translation>Startwert der Korpus-Stichprobe (Standard 42, wie im Paper).</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="36"/>
        <source>Convert one of the paper&apos;s datasets from its public release into a BEIR folder, built as the paper&apos;s loader builds it. Then: tare-cli import beir DIR --paper-dataset DATASET.
</source>
        <translation>Einen der Datensätze des Papers aus seiner öffentlichen Fassung in einen BEIR-Ordner umwandeln, so aufgebaut wie vom Loader des Papers. Danach: tare-cli import beir ORDNER --paper-dataset DATENSATZ.
</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="44"/>
        <source>usage: tare-cli convert DATASET INPUT... --out DIR [--descriptions FILE] [--split NAME] [--corpus-limit N] [--seed S]</source>
        <translation>Aufruf: tare-cli convert DATENSATZ EINGABE... --out ORDNER [--descriptions DATEI] [--split NAME] [--corpus-limit N] [--seed S]</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="49"/>
        <source>unknown dataset &apos;%1&apos; (one of %2)</source>
        <translation>unbekannter Datensatz &apos;%1&apos; (einer von %2)</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="59"/>
        <source>--corpus-limit must be a non-negative integer</source>
        <translation>--corpus-limit muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="64"/>
        <source>--seed must be an integer</source>
        <translation>--seed muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="66"/>
        <source>records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="71"/>
        <source>Converted %1 into %2: %3 documents, %4 queries, %5 labels (%6 positive) in %7 s</source>
        <translation>%1 in %2 umgewandelt: %3 Dokumente, %4 Anfragen, %5 Labels (%6 positiv) in %7 s</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="80"/>
        <source>The corpus cap left out %1 documents (every relevant one kept; seed %2)</source>
        <translation>Die Korpus-Obergrenze hat %1 Dokumente ausgelassen (alle relevanten behalten; Startwert %2)</translation>
    </message>
    <message>
        <location filename="../cli/convertcommand.cpp" line="86"/>
        <source>Next: tare-cli import beir %1 --project FILE --paper-dataset %2</source>
        <translation>Als Nächstes: tare-cli import beir %1 --project DATEI --paper-dataset %2</translation>
    </message>
</context>
<context>
    <name>tare::cli::DatasetCommand</name>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="14"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="15"/>
        <source>The dataset&apos;s name.</source>
        <translation>Der Name des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="16"/>
        <source>The dataset&apos;s task instruction.</source>
        <translation>Die Aufgabenanweisung des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="19"/>
        <source>classification (judges are told the task) or search.</source>
        <translation>classification (Bewerter erfahren die Aufgabe) oder search.</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="21"/>
        <source>How title and text are joined: title-space, title-newline or text.</source>
        <translation>Wie Titel und Text verbunden werden: title-space, title-newline oder text.</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="24"/>
        <source>Take instruction, task type and document text of one of the paper&apos;s datasets (%1); explicit options win.</source>
        <translation>Anweisung, Aufgabentyp und Dokumenttext eines der Datensätze des Papers übernehmen (%1); explizite Optionen haben Vorrang.</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="30"/>
        <source>Show or change what a dataset asks of judges and embedders. A change gives LLM judges new prompts (a new judge identity: judgments are asked again, earlier ones stay stored).</source>
        <translation>Anzeigen oder ändern, was ein Datensatz von Bewertern und Einbettern verlangt. Eine Änderung gibt LLM-Bewertern neue Prompts (eine neue Bewerter-Identität: Urteile werden erneut angefragt, frühere bleiben gespeichert).</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="35"/>
        <source>usage: tare-cli dataset PROJECT NAME [--instruction TEXT] [--task-type classification|search] [--document-text title-space|title-newline|text] [--paper-dataset NAME]</source>
        <translation>Aufruf: tare-cli dataset PROJEKT NAME [--instruction TEXT] [--task-type classification|search] [--document-text title-space|title-newline|text] [--paper-dataset NAME]</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="41"/>
        <source>no dataset named &apos;%1&apos;</source>
        <translation>kein Datensatz namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="51"/>
        <source>Changed dataset &apos;%1&apos;; LLM judges of it now have new prompts (judgments are asked again).</source>
        <translation>Datensatz &apos;%1&apos; geändert; seine LLM-Bewerter haben jetzt neue Prompts (Urteile werden erneut angefragt).</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="55"/>
        <source>dataset &apos;%1&apos;: task %2, document text %3</source>
        <translation>Datensatz &apos;%1&apos;: Aufgabe %2, Dokumenttext %3</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="58"/>
        <source>instruction: %1</source>
        <translation>Anweisung: %1</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="58"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="60"/>
        <source>judge prompts carry no task sentence</source>
        <translation>Bewerter-Prompts enthalten keinen Aufgabensatz</translation>
    </message>
    <message>
        <location filename="../cli/datasetcommand.cpp" line="61"/>
        <source>judge prompts carry: %1</source>
        <translation>Bewerter-Prompts enthalten: %1</translation>
    </message>
</context>
<context>
    <name>tare::cli::DemoCommand</name>
    <message>
        <location filename="../cli/democommand.cpp" line="27"/>
        <source>Project file to use (default: sample.tare in the user&apos;s data folder).</source>
        <translation>Zu verwendende Projektdatei (Standard: sample.tare im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="29"/>
        <source>The sample_data folder.</source>
        <translation>Der Ordner sample_data.</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="30"/>
        <source>Judge of the demo run (default gold).</source>
        <translation>Bewerter des Demo-Laufs (Standard gold).</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="32"/>
        <source>Refiner of the demo run (default kl-adam).</source>
        <translation>Verfeinerer des Demo-Laufs (Standard kl-adam).</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="35"/>
        <source>Import the bundled sample data and show the result, offline.</source>
        <translation>Die mitgelieferten Beispieldaten importieren und das Ergebnis anzeigen, offline.</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="49"/>
        <source>cannot find the sample_data folder; pass --sample-data DIR</source>
        <translation>der Ordner sample_data wurde nicht gefunden; geben Sie --sample-data ORDNER an</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="53"/>
        <source>Imported the sample datasets %1 from %2</source>
        <translation>Beispieldatensätze %1 aus %2 importiert</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="68"/>
        <source>the sample project has no &apos;nuance&apos; dataset</source>
        <translation>das Beispielprojekt hat keinen Datensatz &apos;nuance&apos;</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="84"/>
        <source>Demo finished in %1 s. Open the project in the workbench: tare %2</source>
        <translation>Demo in %1 s beendet. Öffnen Sie das Projekt in der Werkbank: tare %2</translation>
    </message>
</context>
<context>
    <name>tare::cli::EmbedCommand</name>
    <message>
        <location filename="../cli/embedcommand.cpp" line="70"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="73"/>
        <source>Name of the new space (default: the provider&apos;s name).</source>
        <translation>Name des neuen Raums (Standard: der Name des Anbieters).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="75"/>
        <source>Dataset (default: every dataset without such a space).</source>
        <translation>Datensatz (Standard: jeder Datensatz ohne einen solchen Raum).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="77"/>
        <source>Dimension (default 256).</source>
        <translation>Dimension (Standard 256).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="78"/>
        <source>Seed of the randomized SVD (default 42).</source>
        <translation>Startwert der randomisierten SVD (Standard 42).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="80"/>
        <source>Do not remove English stop words.</source>
        <translation>Englische Stoppwörter nicht entfernen.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="85"/>
        <source>Template for documents (default {text}).</source>
        <translation>Vorlage für Dokumente (Standard {text}).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="88"/>
        <source>openai: the base URL as the service documents it (e.g. http://localhost:11434/v1).</source>
        <translation>openai: die Basis-URL, wie der Dienst sie dokumentiert (z. B. http://localhost:11434/v1).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="90"/>
        <source>openai: the embedding model.</source>
        <translation>openai: das Embedding-Modell.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="91"/>
        <source>openai: the environment variable holding the API key.</source>
        <translation>openai: die Umgebungsvariable, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="94"/>
        <source>openai: ask the model for vectors of N dimensions (models that can shorten them).</source>
        <translation>openai: Vektoren mit N Dimensionen vom Modell anfordern (für Modelle, die sie kürzen können).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="97"/>
        <source>openai: fill in --endpoint (and --api-key-env) of a known service: %1.</source>
        <translation>openai: --endpoint (und --api-key-env) eines bekannten Dienstes eintragen: %1.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="100"/>
        <source>openai: requests in flight (default 4).</source>
        <translation>openai: gleichzeitig offene Anfragen (Standard 4).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="105"/>
        <source>Embed a dataset&apos;s documents and queries into a new embedding space.</source>
        <translation>Die Dokumente und Anfragen eines Datensatzes in einen neuen Einbettungsraum einbetten.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="148"/>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="48"/>
        <source>texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="53"/>
        <source>Embedded dataset &apos;%1&apos; into space &apos;%2&apos; (%3, dim %4): %5 documents, %6 queries in %7 s; %8 texts from the cache, %9 sent to the endpoint</source>
        <translation>Datensatz &apos;%1&apos; in Raum &apos;%2&apos; eingebettet (%3, Dim. %4): %5 Dokumente, %6 Anfragen in %7 s; %8 Texte aus dem Cache, %9 an den Endpunkt gesendet</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="71"/>
        <source>Embedder: lsa (built in) or openai (an OpenAI-compatible embeddings endpoint).</source>
        <translation>Einbetter: lsa (eingebaut) oder openai (ein OpenAI-kompatibler Embeddings-Endpunkt).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="82"/>
        <source>Template for queries, with {text} and {instruction} (lsa: default {text}; openai: default from the model template table, see tare-cli templates).</source>
        <translation>Vorlage für Anfragen, mit {text} und {instruction} (lsa: Standard {text}; openai: Standard aus der Modell-Vorlagentabelle, siehe tare-cli templates).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="108"/>
        <source>usage: tare-cli embed PROJECT --space lsa [--dim N] [--name NAME] [--dataset NAME]
       tare-cli embed PROJECT --space openai --endpoint URL --model M [--api-key-env VAR] [--dimensions N] [--name NAME] [--dataset NAME]</source>
        <translation>Aufruf: tare-cli embed PROJEKT --space lsa [--dim N] [--name NAME] [--dataset NAME]
        tare-cli embed PROJEKT --space openai --endpoint URL --model M [--api-key-env VAR] [--dimensions N] [--name NAME] [--dataset NAME]</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="122"/>
        <source>--space openai needs --endpoint URL (or --preset)</source>
        <translation>--space openai braucht --endpoint URL (oder --preset)</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="125"/>
        <source>--space openai needs --model NAME</source>
        <translation>--space openai braucht --model NAME</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="140"/>
        <source>unknown embedder &apos;%1&apos; (lsa or openai)</source>
        <translation>unbekannter Einbetter &apos;%1&apos; (lsa oder openai)</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="159"/>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="164"/>
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
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="200"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="201"/>
        <source>A label for the experiment.</source>
        <translation>Eine Bezeichnung für das Experiment.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="209"/>
        <source>Run an experiment made of runs: a feedback-noise sweep, a budget/parameter sweep, a method comparison on the same judgments, or judge quality against gain. Running the same experiment again continues it and reuses finished runs.</source>
        <translation>Ein Experiment aus Läufen ausführen: ein Feedback-Rausch-Sweep, ein Budget-/Parameter-Sweep, ein Methodenvergleich auf denselben Urteilen oder Bewerterqualität gegen Gewinn. Wird dasselbe Experiment erneut ausgeführt, wird es fortgesetzt, und beendete Läufe werden wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="215"/>
        <source>usage: tare-cli experiment PROJECT noise-sweep|budget-sweep|methods|judge-quality [options]</source>
        <translation>Aufruf: tare-cli experiment PROJEKT noise-sweep|budget-sweep|methods|judge-quality [Optionen]</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="218"/>
        <source>tare-cli: unknown experiment &apos;%1&apos; (noise-sweep, budget-sweep, methods or judge-quality)</source>
        <translation>tare-cli: unbekanntes Experiment &apos;%1&apos; (noise-sweep, budget-sweep, methods oder judge-quality)</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="227"/>
        <source>--run takes a run id, and only for judge-quality</source>
        <translation>--run erwartet eine Lauf-ID, und nur für judge-quality</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="238"/>
        <source>--queries must be at least 1</source>
        <translation>--queries muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="284"/>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="288"/>
        <source>Continuing experiment %1.</source>
        <translation>Experiment %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="288"/>
        <source>Experiment %1.</source>
        <translation>Experiment %1.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="297"/>
        <source>Experiment %1 was interrupted; finished runs are kept. Run the same command again to continue.</source>
        <translation>Experiment %1 wurde unterbrochen; beendete Läufe bleiben erhalten. Führen Sie denselben Befehl erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../cli/experimentcommand.cpp" line="307"/>
        <source>Experiment %1 took %2 s.</source>
        <translation>Experiment %1 dauerte %2 s.</translation>
    </message>
</context>
<context>
    <name>tare::cli::ExportCommand</name>
    <message>
        <location filename="../cli/exportcommand.cpp" line="35"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="36"/>
        <source>Dataset (default: the only one).</source>
        <translation>Datensatz (Standard: der einzige).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="37"/>
        <source>Embedding space (vectors).</source>
        <translation>Einbettungsraum (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="39"/>
        <source>Output file (qrels), or prefix: PREFIX.npy and PREFIX.ids.txt (vectors).</source>
        <translation>Ausgabedatei (qrels) oder Präfix: PRÄFIX.npy und PRÄFIX.ids.txt (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="41"/>
        <source>Run id (run; default: the latest run).</source>
        <translation>Lauf-ID (run; Standard: der neueste Lauf).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="46"/>
        <source>Replace files that exist (a symbolic link is replaced, not followed).</source>
        <translation>Vorhandene Dateien ersetzen (ein symbolischer Link wird ersetzt, nicht verfolgt).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="58"/>
        <source>Export project data for other tools.</source>
        <translation>Projektdaten für andere Werkzeuge exportieren.</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="34"/>
        <source>qrels, vectors, run or judgments</source>
        <translation>qrels, vectors, run oder judgments</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="42"/>
        <source>trec, ranx, csv, json, raw-scores (every candidate&apos;s score and rank before and after) or steps (per-step query vectors as .npy) (run); qrels or jsonl (judgments).</source>
        <translation>trec, ranx, csv, json, raw-scores (Score und Rang jedes Kandidaten vorher und nachher) oder steps (Anfragevektoren je Schritt als .npy) (run); qrels oder jsonl (judgments).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="48"/>
        <source>Judgments of this judge: its id, its identity, or an annotator&apos;s name (&quot;human&quot;: the unnamed person, &quot;adjudication&quot;).</source>
        <translation>Urteile dieses Bewerters: seine ID, seine Identität oder der Name eines Annotators (&quot;human&quot;: die unbenannte Person, &quot;adjudication&quot;).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="51"/>
        <source>Every judgment given, not only the one in force (judgments).</source>
        <translation>Jedes abgegebene Urteil, nicht nur das geltende (judgments).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="53"/>
        <source>Qrels grade = score × N rounded (9: a person&apos;s digits; default: 1 from --threshold on, else 0).</source>
        <translation>Qrels-Stufe = Score × N gerundet (9: die Ziffern einer Person; Standard: 1 ab --threshold, sonst 0).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="55"/>
        <source>Qrels: relevant from this score on (default 0.5).</source>
        <translation>Qrels: relevant ab diesem Score (Standard 0.5).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="62"/>
        <source>usage: tare-cli export qrels|vectors|run|judgments PROJECT --out PATH [--dataset NAME] [--space NAME] [--run ID] [--format trec|ranx|csv|json|raw-scores|steps|qrels|jsonl] [--force] [--judge JUDGE] [--history] [--scale N] [--threshold T]</source>
        <translation>Aufruf: tare-cli export qrels|vectors|run|judgments PROJEKT --out PFAD [--dataset NAME] [--space NAME] [--run ID] [--format trec|ranx|csv|json|raw-scores|steps|qrels|jsonl] [--force] [--judge BEWERTER] [--history] [--scale N] [--threshold T]</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="75"/>
        <source>the project has no runs</source>
        <translation>das Projekt hat keine Läufe</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="84"/>
        <location filename="../cli/exportcommand.cpp" line="98"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="84"/>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="95"/>
        <source>--format must be trec, ranx, csv, json, raw-scores or steps</source>
        <translation>--format muss trec, ranx, csv, json, raw-scores oder steps sein</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="104"/>
        <source>Wrote %1 qrels lines to %2</source>
        <translation>%1 qrels-Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="109"/>
        <source>name the judge or annotator with --judge</source>
        <translation>nennen Sie den Bewerter oder Annotator mit --judge</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="116"/>
        <source>--format must be qrels or jsonl for judgments</source>
        <translation>--format muss für judgments qrels oder jsonl sein</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="122"/>
        <source>--scale must be a positive whole number</source>
        <translation>--scale muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="126"/>
        <source>--threshold must be a number</source>
        <translation>--threshold muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="128"/>
        <source>Wrote %1 judgments of %2 to %3</source>
        <translation>%1 Urteile von %2 nach %3 geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="136"/>
        <source>dataset &apos;%1&apos; has no embedding space</source>
        <translation>Datensatz &apos;%1&apos; hat keinen Einbettungsraum</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="141"/>
        <source>no space named &apos;%1&apos;</source>
        <translation>kein Raum namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="144"/>
        <source>dataset &apos;%1&apos; has several spaces: name one with --space</source>
        <translation>Datensatz &apos;%1&apos; hat mehrere Räume: nennen Sie einen mit --space</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="149"/>
        <source>Wrote %1 vectors of dimension %2 to %3.npy and %3.ids.txt</source>
        <translation>%1 Vektoren der Dimension %2 nach %3.npy und %3.ids.txt geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="153"/>
        <source>unknown export &apos;%1&apos; (qrels, vectors, run, judgments)</source>
        <translation>unbekannter Export &apos;%1&apos; (qrels, vectors, run, judgments)</translation>
    </message>
</context>
<context>
    <name>tare::cli::GridCommand</name>
    <message>
        <location filename="../cli/gridcommand.cpp" line="61"/>
        <source>The project file (created when a dataset is imported).</source>
        <translation>Die Projektdatei (wird angelegt, wenn ein Datensatz importiert wird).</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="63"/>
        <source>A dataset (repeatable): NAME, or NAME=BEIR_DIR to import it when missing (with the paper&apos;s preset when NAME is one of its datasets).</source>
        <translation>Ein Datensatz (wiederholbar): NAME oder NAME=BEIR_ORDNER, um ihn zu importieren, falls er fehlt (mit den Vorgaben des Papers, wenn NAME einer seiner Datensätze ist).</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="67"/>
        <source>An embedding space (repeatable; default lsa): NAME, lsa[:dim=N,seed=S] or NAME=openai:model=M[,dimensions=N], built when a dataset lacks it.</source>
        <translation>Ein Einbettungsraum (wiederholbar; Standard lsa): NAME, lsa[:dim=N,seed=S] oder NAME=openai:model=M[,dimensions=N]; wird erstellt, wenn er einem Datensatz fehlt.</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="71"/>
        <source>A judge (repeatable; default gold): gold, simulated:flip=RATE, llm-yesno, llm-rating[:raw], llm-truefalse, rerank[:raw], rerank-cohere.</source>
        <translation>Ein Bewerter (wiederholbar; Standard gold): gold, simulated:flip=RATE, llm-yesno, llm-rating[:raw], llm-truefalse, rerank[:raw], rerank-cohere.</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="74"/>
        <source>A refiner (repeatable; default kl-adam).</source>
        <translation>Ein Verfeinerer (wiederholbar; Standard kl-adam).</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="76"/>
        <source>Folder for the tables (grid.md, grid.html, grid.csv, latency.md, latency.csv).</source>
        <translation>Ordner für die Tabellen (grid.md, grid.html, grid.csv, latency.md, latency.csv).</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="79"/>
        <source>Show the cells and what each would do; change nothing.</source>
        <translation>Die Zellen anzeigen und was jede tun würde; nichts ändern.</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="81"/>
        <source>Report a failed cell and go on with the next one.</source>
        <translation>Eine fehlgeschlagene Zelle melden und mit der nächsten weitermachen.</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="82"/>
        <source>Adam steps (default 100).</source>
        <translation>Adam-Schritte (Standard 100).</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="83"/>
        <source>Learning rate (default: the refiner&apos;s).</source>
        <translation>Lernrate (Standard: die des Verfeinerers).</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="84"/>
        <source>Judged documents per query (default 20).</source>
        <translation>Beurteilte Dokumente je Anfrage (Standard 20).</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="85"/>
        <source>Of those, from the top (default 20).</source>
        <translation>Davon von der Spitze (Standard 20).</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="86"/>
        <source>Seed of the judged set&apos;s random part (default 42).</source>
        <translation>Startwert des zufälligen Teils der beurteilten Menge (Standard 42).</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="88"/>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="89"/>
        <source>openai spaces: the embeddings base URL.</source>
        <translation>openai-Räume: die Basis-URL für Embeddings.</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="92"/>
        <source>openai spaces: the API key&apos;s environment variable.</source>
        <translation>openai-Räume: die Umgebungsvariable des API-Schlüssels.</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="93"/>
        <source>openai spaces: a known service.</source>
        <translation>openai-Räume: ein bekannter Dienst.</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="96"/>
        <source>openai spaces: embed every query once more, alone and uncached, to time it (sends requests).</source>
        <translation>openai-Räume: jede Anfrage noch einmal einzeln und ohne Cache einbetten, um die Zeit zu messen (sendet Serveranfragen).</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="99"/>
        <source>Also write each run&apos;s long raw-scores CSV into DIR/runs/.</source>
        <translation>Zusätzlich die lange raw-scores-CSV jedes Laufs nach ORDNER/runs/ schreiben.</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="101"/>
        <source>Also write each query&apos;s per-step vectors (.npy) into DIR/runs/.</source>
        <translation>Zusätzlich die Vektoren jeder Anfrage je Schritt (.npy) nach ORDNER/runs/ schreiben.</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="102"/>
        <source>The tables&apos; title.</source>
        <translation>Der Titel der Tabellen.</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="110"/>
        <source>Run datasets x spaces x judges x refiners and write the paper&apos;s table (MAP before -&gt; after and relative change per dataset and their mean) with the per-query latency breakdown. Resumable: finished cells are reused without a request, unfinished ones continued.</source>
        <translation>Datensätze x Räume x Bewerter x Verfeinerer ausführen und die Tabelle des Papers schreiben (MAP vorher -&gt; nachher und relative Änderung je Datensatz sowie deren Mittelwert), mit der Aufschlüsselung der Latenz je Anfrage. Fortsetzbar: beendete Zellen werden ohne Serveranfrage wiederverwendet, unvollendete fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="116"/>
        <source>usage: tare-cli grid PROJECT --dataset D [--dataset D2] [--space S] [--judge J] [--refiner R] --out DIR [--dry-run] [--continue-on-error]</source>
        <translation>Aufruf: tare-cli grid PROJEKT --dataset D [--dataset D2] [--space S] [--judge J] [--refiner R] --out ORDNER [--dry-run] [--continue-on-error]</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="122"/>
        <source>%1: no such project (a dry run creates nothing)</source>
        <translation>%1: Projekt nicht gefunden (ein Probelauf legt nichts an)</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="165"/>
        <source>build space &apos;%1&apos;, then run</source>
        <translation>Raum &apos;%1&apos; erstellen, dann ausführen</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="166"/>
        <source>reuse run %1 (no request)</source>
        <translation>Lauf %1 wiederverwenden (keine Serveranfrage)</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="167"/>
        <source>continue run %1</source>
        <translation>Lauf %1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="168"/>
        <source>run</source>
        <translation>ausführen</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="169"/>
        <source>[%1/%2] %3 · %4 · %5 · %6: %7</source>
        <translation>[%1/%2] %3 · %4 · %5 · %6: %7</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="180"/>
        <source>%1: the folder cannot be created</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="184"/>
        <source>Building space &apos;%1&apos; of dataset &apos;%2&apos;</source>
        <translation>Raum &apos;%1&apos; von Datensatz &apos;%2&apos; wird erstellt</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="186"/>
        <location filename="../cli/gridcommand.cpp" line="194"/>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="188"/>
        <source>[%1/%2] %3 · %4 · %5 · %6%7</source>
        <translation>[%1/%2] %3 · %4 · %5 · %6%7</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="192"/>
        <source> (reused, run %1)</source>
        <translation> (wiederverwendet, Lauf %1)</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="200"/>
        <source>  failed: %1</source>
        <translation>  fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="205"/>
        <source>Tare grid: %1</source>
        <translation>Tare-Raster: %1</translation>
    </message>
    <message>
        <location filename="../cli/gridcommand.cpp" line="225"/>
        <source>Wrote %1 (grid.md, grid.html, grid.csv, latency.md, latency.csv)</source>
        <translation>%1 geschrieben (grid.md, grid.html, grid.csv, latency.md, latency.csv)</translation>
    </message>
</context>
<context>
    <name>tare::cli::HttpJudgeOptions</name>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="17"/>
        <source>HTTP judges: the base URL as the service documents it (with /v1 for OpenAI-compatible servers, e.g. http://localhost:11434/v1).</source>
        <translation>HTTP-Bewerter: die Basis-URL, wie der Dienst sie dokumentiert (mit /v1 für OpenAI-kompatible Server, z. B. http://localhost:11434/v1).</translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="20"/>
        <source>HTTP judges: the model name.</source>
        <translation>HTTP-Bewerter: der Modellname.</translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="21"/>
        <source>HTTP judges: the environment variable holding the API key.</source>
        <translation>HTTP-Bewerter: die Umgebungsvariable mit dem API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="24"/>
        <source>HTTP judges: fill in --endpoint (and --api-key-env) of a known service: %1.</source>
        <translation>HTTP-Bewerter: --endpoint (und --api-key-env) eines bekannten Dienstes ausfüllen: %1.</translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="26"/>
        <source>HTTP judges: requests in flight (default 16).</source>
        <translation>HTTP-Bewerter: gleichzeitig laufende Anfragen (Standard 16).</translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="29"/>
        <source>HTTP judges: send max_completion_tokens instead of max_tokens (for hosts that reject max_tokens; &apos;tare-cli probe&apos; tells).</source>
        <translation>HTTP-Bewerter: max_completion_tokens statt max_tokens senden (für Hosts, die max_tokens ablehnen; &apos;tare-cli probe&apos; sagt es).</translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="31"/>
        <source>HTTP judges: seconds one attempt of a request may take (default 120).</source>
        <translation>HTTP-Bewerter: Sekunden, die ein Versuch einer Anfrage dauern darf (Standard 120).</translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="34"/>
        <source>HTTP judges: seconds to establish a connection (default 10).</source>
        <translation>HTTP-Bewerter: Sekunden für den Verbindungsaufbau (Standard 10).</translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="36"/>
        <source>HTTP judges: attempts after the first on network errors, timeouts, 429 and 5xx (default 4).</source>
        <translation>HTTP-Bewerter: Versuche nach dem ersten bei Netzwerkfehlern, Zeitüberschreitungen, 429 und 5xx (Standard 4).</translation>
    </message>
    <message>
        <location filename="../cli/httpjudgeoptions.cpp" line="63"/>
        <source>--%1 must be at most 86400 seconds</source>
        <translation>--%1 darf höchstens 86400 Sekunden sein</translation>
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
        <location filename="../cli/hydecommand.cpp" line="78"/>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="82"/>
        <source>Wrote space &apos;%1&apos; (dim %2): %3 hypothetical query documents, %4 document vectors copied from &apos;%5&apos;, in %6 s</source>
        <translation>Raum &apos;%1&apos; geschrieben (Dim. %2): %3 hypothetische Anfragedokumente, %4 Dokumentvektoren aus &apos;%5&apos; kopiert, in %6 s</translation>
    </message>
    <message>
        <location filename="../cli/hydecommand.cpp" line="90"/>
        <source>Baselines: tare-cli run PROJECT --space %1 --refiner none (hyde), or with a refiner (hyde + refiner)</source>
        <translation>Basislinien: tare-cli run PROJEKT --space %1 --refiner none (hyde) oder mit einem Verfeinerer (hyde + Verfeinerer)</translation>
    </message>
</context>
<context>
    <name>tare::cli::ImportCommand</name>
    <message>
        <location filename="../cli/importcommand.cpp" line="66"/>
        <source>beir, classification, qrels or vectors</source>
        <translation>beir, classification, qrels oder vectors</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="67"/>
        <source>The folder (beir) or file to import.</source>
        <translation>Der zu importierende Ordner (beir) oder die Datei.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="68"/>
        <source>The project file (created when missing).</source>
        <translation>Die Projektdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="70"/>
        <source>Name of the new dataset (default: folder or file name).</source>
        <translation>Name des neuen Datensatzes (Standard: Ordner- oder Dateiname).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="72"/>
        <source>Existing dataset (qrels, vectors).</source>
        <translation>Vorhandener Datensatz (qrels, vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="75"/>
        <source>Candidates of a query: the whole corpus, or only its judged documents (beir).</source>
        <translation>Kandidaten einer Anfrage: das ganze Korpus oder nur ihre beurteilten Dokumente (beir).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="77"/>
        <source>qrels/&lt;split&gt;.tsv to read (beir).</source>
        <translation>Zu lesende qrels/&lt;split&gt;.tsv (beir).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="79"/>
        <source>The dataset&apos;s task instruction.</source>
        <translation>Die Aufgabenanweisung des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="82"/>
        <source>classification (judges are told the task) or search (default: classification for classification tables, search otherwise).</source>
        <translation>classification (Bewerter erfahren die Aufgabe) oder search (Standard: classification für Klassifikationstabellen, sonst search).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="86"/>
        <source>How a document&apos;s title and text are joined for judges and embedders: title-space (default for beir), title-newline, text (default for tables).</source>
        <translation>Wie Titel und Text eines Dokuments für Bewerter und Einbetter verbunden werden: title-space (Standard für beir), title-newline, text (Standard für Tabellen).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="90"/>
        <source>One of the paper&apos;s datasets (%1): its instruction, task type, pool and document text as the paper&apos;s code has them (explicit options win).</source>
        <translation>Einer der Datensätze des Papers (%1): Anweisung, Aufgabentyp, Pool und Dokumenttext wie im Code des Papers (explizite Optionen haben Vorrang).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="95"/>
        <source>Skip malformed records and report them instead of failing the import.</source>
        <translation>Fehlerhafte Einträge überspringen und melden, statt den Import abzubrechen.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="96"/>
        <source>Text column (classification).</source>
        <translation>Textspalte (classification).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="98"/>
        <source>Label column (classification).</source>
        <translation>Label-Spalte (classification).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="100"/>
        <source>Document id column (classification; optional).</source>
        <translation>Dokument-ID-Spalte (classification; optional).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="103"/>
        <source>Table with columns label, description: query texts (classification).</source>
        <translation>Tabelle mit den Spalten label, description: Anfragetexte (classification).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="105"/>
        <source>csv, tsv or jsonl (classification; default: by extension).</source>
        <translation>csv, tsv oder jsonl (classification; Standard: nach Dateiendung).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="107"/>
        <source>Id list for a .npy file, one id per line (vectors).</source>
        <translation>ID-Liste für eine .npy-Datei, eine ID pro Zeile (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="109"/>
        <source>Embedding space to fill (vectors; default &apos;imported&apos;).</source>
        <translation>Zu füllender Einbettungsraum (vectors; Standard &apos;imported&apos;).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="111"/>
        <source>Model name to record with the space (vectors).</source>
        <translation>Mit dem Raum zu speichernder Modellname (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="113"/>
        <source>The vectors are query vectors (vectors).</source>
        <translation>Die Vektoren sind Anfragevektoren (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="115"/>
        <source>The space exists: add these vectors to it, replacing those of the same ids (vectors; only spaces of imported vectors that no run used).</source>
        <translation>Der Raum existiert: diese Vektoren hinzufügen und die mit denselben IDs ersetzen (vectors; nur Räume importierter Vektoren, die noch kein Lauf verwendet hat).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="118"/>
        <source>Store the document vectors as float16: half the memory, scored with float32 sums (vectors; a new space, or an --update of a float16 one).</source>
        <translation>Die Dokumentvektoren als float16 speichern: halber Speicher, bewertet mit float32-Summen (vectors; ein neuer Raum oder ein --update eines float16-Raums).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="123"/>
        <source>Import data into a Tare project.</source>
        <translation>Daten in ein Tare-Projekt importieren.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="128"/>
        <source>usage: tare-cli import beir|classification|qrels|vectors INPUT --project FILE [options]</source>
        <translation>Aufruf: tare-cli import beir|classification|qrels|vectors EINGABE --project DATEI [Optionen]</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="141"/>
        <source>--pool must be corpus or judged</source>
        <translation>--pool muss corpus oder judged sein</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="160"/>
        <source>unknown import kind &apos;%1&apos; (beir, classification, qrels, vectors)</source>
        <translation>unbekannte Importart &apos;%1&apos; (beir, classification, qrels, vectors)</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="162"/>
        <source>&apos;import %1&apos; needs --dataset NAME</source>
        <translation>&apos;import %1&apos; braucht --dataset NAME</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="177"/>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format muss csv, tsv oder jsonl sein</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="228"/>
        <source>%1 was created by another process meanwhile; importing into it.</source>
        <translation>%1 wurde inzwischen von einem anderen Prozess angelegt; es wird dorthin importiert.</translation>
    </message>
</context>
<context>
    <name>tare::cli::InfoCommand</name>
    <message>
        <location filename="../cli/infocommand.cpp" line="58"/>
        <source>Project %1 (schema %2)</source>
        <translation>Projekt %1 (Schema %2)</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="60"/>
        <source>  no datasets</source>
        <translation>  keine Datensätze</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="62"/>
        <source>  dataset &apos;%1&apos; (pool: %2): %3 documents, %4 queries, %5 labels (%6 positive)</source>
        <translation>  Datensatz &apos;%1&apos; (Pool: %2): %3 Dokumente, %4 Anfragen, %5 Labels (%6 positiv)</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="69"/>
        <source>    task: %1; document text: %2; instruction: %3</source>
        <translation>    Aufgabe: %1; Dokumenttext: %2; Anweisung: %3</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="71"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="74"/>
        <source>    judge prompts carry no task sentence</source>
        <translation>    Bewerter-Prompts enthalten keinen Aufgabensatz</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="75"/>
        <source>    judge prompts carry: %1</source>
        <translation>    Bewerter-Prompts enthalten: %1</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="80"/>
        <source>    space &apos;%1&apos; (%2%3, dim %4, %7): %5 document vectors, %6 query vectors</source>
        <translation>    Raum &apos;%1&apos; (%2%3, Dim. %4, %7): %5 Dokumentvektoren, %6 Anfragevektoren</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="90"/>
        <source>      query template: %1; document template: %2</source>
        <translation>      Anfragevorlage: %1; Dokumentvorlage: %2</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="95"/>
        <source>  judges: %1, judgments: %2, runs: %3</source>
        <translation>  Bewerter: %1, Urteile: %2, Läufe: %3</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="105"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="106"/>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="108"/>
        <source>Show what a Tare project holds.</source>
        <translation>Anzeigen, was ein Tare-Projekt enthält.</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="111"/>
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
        <location filename="../cli/judgecommand.cpp" line="36"/>
        <source>judgments</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <location filename="../cli/judgecommand.cpp" line="41"/>
        <source>%1 queries (%2 skipped: they cannot run), %3 judged documents: %4 already stored, %5 fetched, %6 failed (asked again by the next run), in %7 s.</source>
        <translation>%1 Anfragen (%2 übersprungen: sie können nicht laufen), %3 bewertete Dokumente: %4 bereits gespeichert, %5 abgerufen, %6 fehlgeschlagen (beim nächsten Lauf erneut angefragt), in %7 s.</translation>
    </message>
    <message>
        <location filename="../cli/judgecommand.cpp" line="53"/>
        <source>every judgment asked for failed (%1); the first: %2</source>
        <translation>jedes angefragte Urteil ist fehlgeschlagen (%1); das erste: %2</translation>
    </message>
</context>
<context>
    <name>tare::cli::JudgedRunOptions</name>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="13"/>
        <source>Dataset (default: the one holding the space).</source>
        <translation>Datensatz (Standard: der, der den Raum enthält).</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="14"/>
        <source>Embedding space name.</source>
        <translation>Name des Einbettungsraums.</translation>
    </message>
    <message>
        <location filename="../cli/judgedrunoptions.cpp" line="16"/>
        <source>gold, simulated:flip=RATE, simulated:sigma=SD (with ,seed=N); over HTTP: llm-yesno, llm-rating, llm-rating:raw (0-100 into the softmax, as the paper&apos;s code), llm-truefalse (FollowIR-7B-style), rerank (TEI; rerank:raw for the cross-encoder&apos;s raw scores) or rerank-cohere; LLM judges take :content-filter=fail to count a refusal as a failure instead of the paper&apos;s 0.5.</source>
        <translation>gold, simulated:flip=RATE, simulated:sigma=SD (mit ,seed=N); über HTTP: llm-yesno, llm-rating, llm-rating:raw (0-100 in die Softmax, wie im Code des Papers), llm-truefalse (im Stil von FollowIR-7B), rerank (TEI; rerank:raw für die Roh-Scores des Cross-Encoders) oder rerank-cohere; LLM-Bewerter akzeptieren :content-filter=fail, um eine Verweigerung als Fehlschlag statt wie im Paper als 0.5 zu zählen.</translation>
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
        <location filename="../cli/keycommand.cpp" line="81"/>
        <source>no key on standard input</source>
        <translation>kein Schlüssel auf der Standardeingabe</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="83"/>
        <source>Stored the API key %1 as keychain entry &apos;%2&apos;; use it with --api-key-keychain %2.</source>
        <translation>API-Schlüssel %1 als Schlüsselbund-Eintrag &apos;%2&apos; gespeichert; verwenden Sie ihn mit --api-key-keychain %2.</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="88"/>
        <source>Deleted keychain entry &apos;%1&apos;.</source>
        <translation>Schlüsselbund-Eintrag &apos;%1&apos; gelöscht.</translation>
    </message>
    <message>
        <location filename="../cli/keycommand.cpp" line="90"/>
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
        <location filename="../cli/reportcommand.cpp" line="26"/>
        <source>Replace the file if it exists (a symbolic link is replaced, not followed).</source>
        <translation>Die Datei ersetzen, falls sie existiert (ein symbolischer Link wird ersetzt, nicht verfolgt).</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="29"/>
        <source>Write a report of a run (parameters, summary with CI and p-values, per-query table, distributions, explanations, failure triage) or of an experiment.</source>
        <translation>Einen Bericht über einen Lauf (Parameter, Zusammenfassung mit KI und p-Werten, Tabelle je Anfrage, Verteilungen, Erklärungen, Fehlertriage) oder über ein Experiment schreiben.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="34"/>
        <source>usage: tare-cli report PROJECT [--run ID | --experiment ID] --format html|md|csv --out FILE [--force]</source>
        <translation>Aufruf: tare-cli report PROJEKT [--run ID | --experiment ID] --format html|md|csv --out DATEI [--force]</translation>
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
        <location filename="../cli/reportcommand.cpp" line="49"/>
        <source>--experiment must be an experiment id</source>
        <translation>--experiment muss eine Experiment-ID sein</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="51"/>
        <source>Wrote the report of experiment %1 to %2</source>
        <translation>Bericht über Experiment %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="58"/>
        <source>--run must be a run id</source>
        <translation>--run muss eine Lauf-ID sein</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="62"/>
        <source>the project has no runs</source>
        <translation>das Projekt hat keine Läufe</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="68"/>
        <source>Wrote the report of run %1 to %2</source>
        <translation>Bericht über Lauf %1 nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>tare::cli::RunCommand</name>
    <message>
        <location filename="../cli/runcommand.cpp" line="19"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="19"/>
        <source>AP before</source>
        <translation>AP vorher</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="19"/>
        <source>AP after</source>
        <translation>AP nachher</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="20"/>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="20"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="52"/>
        <source>Run %1 on &apos;%2&apos; (space %3, judge %4, refiner %5): %6</source>
        <translation>Lauf %1 auf &apos;%2&apos; (Raum %3, Bewerter %4, Verfeinerer %5): %6</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="57"/>
        <source>  queries: %1 finished, %2 failed</source>
        <translation>  Anfragen: %1 beendet, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="60"/>
        <source>  MAP %1 → %2  (Δ %3, %4%)</source>
        <translation>  MAP %1 → %2  (Δ %3, %4%)</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="65"/>
        <source>  win/tie/loss %1/%2/%3; paired t-test p = %4; randomization p = %5; 95% CI of Δ [%6, %7]</source>
        <translation>  besser/gleich/schlechter %1/%2/%3; gepaarter t-Test p = %4; Randomisierungstest p = %5; 95%-KI von Δ [%6, %7]</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="76"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="77"/>
        <source>kl-adam, refit, rocchio or none.</source>
        <translation>kl-adam, refit, rocchio oder none.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="79"/>
        <source>Adam steps (default 100).</source>
        <translation>Adam-Schritte (Standard 100).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="80"/>
        <source>Learning rate (default 1e-4; refit 0.005).</source>
        <translation>Lernrate (Standard 1e-4; refit 0.005).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="81"/>
        <source>AP/AUC every N steps (default: automatic).</source>
        <translation>AP/AUC alle N Schritte (Standard: automatisch).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="83"/>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="84"/>
        <source>Print one JSON object (summary with map_before, map_after, ...).</source>
        <translation>Ein JSON-Objekt ausgeben (Zusammenfassung mit map_before, map_after, ...).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="86"/>
        <source>Continue the latest unfinished run with the same parameters instead of starting a new one.</source>
        <translation>Den neuesten unvollendeten Lauf mit denselben Parametern fortsetzen, statt einen neuen zu starten.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="87"/>
        <source>A label for the run.</source>
        <translation>Eine Bezeichnung für den Lauf.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="93"/>
        <source>Refine the queries of a dataset and report MAP before and after.</source>
        <translation>Die Anfragen eines Datensatzes verfeinern und MAP vorher und nachher ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="96"/>
        <source>usage: tare-cli run PROJECT --space S --judge J --refiner R [options]</source>
        <translation>Aufruf: tare-cli run PROJEKT --space S --judge J --refiner R [Optionen]</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="114"/>
        <source>Resuming run %1.</source>
        <translation>Lauf %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="120"/>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="137"/>
        <source>Run %1 was interrupted; finished queries are kept. Continue it with --resume.</source>
        <translation>Lauf %1 wurde unterbrochen; beendete Anfragen bleiben erhalten. Setzen Sie ihn mit --resume fort.</translation>
    </message>
</context>
<context>
    <name>tare::cli::TemplatesCommand</name>
    <message>
        <location filename="../cli/templatescommand.cpp" line="38"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="39"/>
        <source>list (default), show MODEL, set MODEL, remove MODEL.</source>
        <translation>list (Standard), show MODELL, set MODELL, remove MODELL.</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="40"/>
        <source>set: the query template ({text}, {instruction}; \n is a line break).</source>
        <translation>set: die Anfragevorlage ({text}, {instruction}; \n ist ein Zeilenumbruch).</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="43"/>
        <source>set: the document template (default {text}).</source>
        <translation>set: die Dokumentvorlage (Standard {text}).</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="45"/>
        <source>set: where the format comes from.</source>
        <translation>set: woher das Format stammt.</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="48"/>
        <source>The model template table: how queries and documents are written before an endpoint embeds them. The project&apos;s entries come first, then Tare&apos;s for common embedders, then the paper&apos;s default (Instruct: {instruction}\nQuery: {text} and {text}). A space stores the templates it was built with.</source>
        <translation>Die Modell-Vorlagentabelle: wie Anfragen und Dokumente geschrieben werden, bevor ein Endpunkt sie einbettet. Zuerst kommen die Einträge des Projekts, dann die von Tare für gängige Einbetter, dann der Standard des Papers (Instruct: {instruction}\nQuery: {text} und {text}). Ein Raum speichert die Vorlagen, mit denen er erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="56"/>
        <source>usage: tare-cli templates PROJECT [list | show MODEL | set MODEL --query T [--document T] | remove MODEL]</source>
        <translation>Aufruf: tare-cli templates PROJEKT [list | show MODELL | set MODELL --query T [--document T] | remove MODELL]</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="67"/>
        <source>model %1 uses:</source>
        <translation>Modell %1 verwendet:</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="73"/>
        <source>templates set needs --query TEMPLATE</source>
        <translation>templates set braucht --query VORLAGE</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="81"/>
        <source>Set the templates of %1 in this project; spaces built from now on use them.</source>
        <translation>Vorlagen von %1 in diesem Projekt gesetzt; ab jetzt erstellte Räume verwenden sie.</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="87"/>
        <source>this project has no entry for &apos;%1&apos;</source>
        <translation>dieses Projekt hat keinen Eintrag für &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="89"/>
        <source>Removed the project&apos;s entry for %1.</source>
        <translation>Eintrag des Projekts für %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../cli/templatescommand.cpp" line="92"/>
        <source>unknown action &apos;%1&apos; (list, show, set, remove)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (list, show, set, remove)</translation>
    </message>
</context>
</TS>
