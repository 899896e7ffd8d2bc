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
        <location filename="../app/main.cpp" line="27"/>
        <source>Tare workbench</source>
        <translation>Tare-Werkbank</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>User interface language (%1).</source>
        <translation>Sprache der Benutzeroberfläche (%1).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="35"/>
        <source>Save a PNG of the window once the project is open, then quit.</source>
        <translation>Nach dem Öffnen des Projekts ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Start the dashboard&apos;s run once the project is open (with --screenshot: grab after it finished and the first query is inspected).</source>
        <translation>Nach dem Öffnen des Projekts den Lauf des Dashboards starten (mit --screenshot: Aufnahme nach seinem Ende und nach dem Untersuchen der ersten Anfrage).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="41"/>
        <source>A .tare project file (default: the sample project).</source>
        <translation>Eine .tare-Projektdatei (Standard: das Beispielprojekt).</translation>
    </message>
</context>
<context>
    <name>tare</name>
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
        <location filename="../core/embed/randomizedsvd.cpp" line="86"/>
        <source>The SVD was cancelled</source>
        <translation>Die SVD wurde abgebrochen</translation>
    </message>
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
        <location filename="../core/io/projectexporter.cpp" line="24"/>
        <location filename="../core/io/projectexporter.cpp" line="30"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="121"/>
        <source>the query has no vector in this embedding space</source>
        <translation>die Anfrage hat keinen Vektor in diesem Einbettungsraum</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="123"/>
        <source>the query vector is zero (no known term?)</source>
        <translation>der Anfragevektor ist null (kein bekannter Term?)</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="126"/>
        <source>the query has no candidate documents</source>
        <translation>die Anfrage hat keine Kandidatendokumente</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="128"/>
        <source>no relevant document in the query&apos;s pool</source>
        <translation>kein relevantes Dokument im Pool der Anfrage</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runengine.cpp" line="192"/>
        <source>the judge scored none of the %n selected document(s)</source>
        <translation>
            <numerusform>der Bewerter hat das %n ausgewählte Dokument nicht bewertet</numerusform>
            <numerusform>der Bewerter hat keines der %n ausgewählten Dokumente bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="237"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>tare-cli</name>
    <message>
        <location filename="../cli/clisupport.cpp" line="63"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="67"/>
        <source>Try &apos;tare-cli %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;tare-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="73"/>
        <source>
Exit codes: 0 ok, 1 usage error, 2 input error, 3 I/O error, 4 cancelled, 5 internal error.
</source>
        <translation>
Exit-Codes: 0 ok, 1 Aufruffehler, 2 Eingabefehler, 3 E/A-Fehler, 4 abgebrochen, 5 interner Fehler.
</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="149"/>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>Fortschritt auf stderr anzeigen, auch wenn es kein Terminal ist.</translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="150"/>
        <source>Never show progress.</source>
        <translation>Nie Fortschritt anzeigen.</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="19"/>
        <source>usage: tare-cli COMMAND [options]

Commands:
  import beir|classification|qrels|vectors INPUT --project FILE   import data
  info PROJECT                                                     what a project holds
  embed PROJECT --space lsa [--dim 256]                            build an embedding space
  run PROJECT --space S --judge J --refiner R                      refine every query, report MAP
  export qrels|vectors|run PROJECT --out PATH                      export data or a run
  demo                                                             run on the bundled sample data

&apos;tare-cli COMMAND --help&apos; explains a command.
Exit codes: 0 ok, 1 usage error, 2 input error, 3 I/O error, 4 cancelled, 5 internal error.
</source>
        <translation>Aufruf: tare-cli BEFEHL [Optionen]

Befehle:
  import beir|classification|qrels|vectors EINGABE --project DATEI  Daten importieren
  info PROJEKT                                                      was ein Projekt enthält
  embed PROJEKT --space lsa [--dim 256]                             einen Einbettungsraum erstellen
  run PROJEKT --space S --judge J --refiner R                       jede Anfrage verfeinern, MAP ausgeben
  export qrels|vectors|run PROJEKT --out PFAD                       Daten oder einen Lauf exportieren
  demo                                                              mit den mitgelieferten Beispieldaten ausführen

&apos;tare-cli BEFEHL --help&apos; erklärt einen Befehl.
Exit-Codes: 0 ok, 1 Aufruffehler, 2 Eingabefehler, 3 E/A-Fehler, 4 abgebrochen, 5 interner Fehler.
</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="71"/>
        <source>tare-cli: unknown command &apos;%1&apos;</source>
        <translation>tare-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>tare::ApiKey</name>
    <message>
        <location filename="../core/net/apikey.cpp" line="18"/>
        <source>the environment variable %1 that should hold the API key is not set</source>
        <translation>die Umgebungsvariable %1, die den API-Schlüssel enthalten soll, ist nicht gesetzt</translation>
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
    <name>tare::CorpusIndex</name>
    <message>
        <location filename="../core/run/corpusindex.cpp" line="18"/>
        <source>no dataset with id %1</source>
        <translation>kein Datensatz mit ID %1</translation>
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
        <location filename="../core/judge/judgefactory.cpp" line="17"/>
        <source>invalid judge &apos;%1&apos;: %2 (use gold, simulated:flip=RATE or simulated:sigma=SD, optionally with ,seed=N)</source>
        <translation>ungültiger Bewerter &apos;%1&apos;: %2 (verwenden Sie gold, simulated:flip=RATE oder simulated:sigma=SD, optional mit ,seed=N)</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="25"/>
        <source>unknown judge</source>
        <translation>unbekannter Bewerter</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="45"/>
        <source>bad parameter &apos;%1&apos;</source>
        <translation>ungültiger Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="48"/>
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
        <location filename="../core/judge/llmjudge.cpp" line="208"/>
        <source>the reply was withheld by the provider&apos;s content filter</source>
        <translation>die Antwort wurde vom Inhaltsfilter des Anbieters zurückgehalten</translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="218"/>
        <source>the reply holds no rating from 0 to 100: %1</source>
        <translation>die Antwort enthält keine Bewertung von 0 bis 100: %1</translation>
    </message>
</context>
<context>
    <name>tare::LsaModel</name>
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
        <location filename="../core/embed/lsaspacebuilder.cpp" line="30"/>
        <source>no dataset with id %1</source>
        <translation>kein Datensatz mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="33"/>
        <source>dataset &apos;%1&apos; already has a space named &apos;%2&apos;</source>
        <translation>Datensatz &apos;%1&apos; hat bereits einen Raum namens &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="68"/>
        <source>embedding cancelled; nothing was stored</source>
        <translation>Einbettung abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="74"/>
        <source>embedding documents</source>
        <translation>Dokumente werden eingebettet</translation>
    </message>
</context>
<context>
    <name>tare::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="81"/>
        <source>Dataset %1 · space %2 · %n query(s)</source>
        <translation>
            <numerusform>Datensatz %1 · Raum %2 · %n Anfrage</numerusform>
            <numerusform>Datensatz %1 · Raum %2 · %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="133"/>
        <source>Run dashboard</source>
        <translation>Lauf-Dashboard</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134"/>
        <source>Query inspector</source>
        <translation>Anfrage-Inspektor</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="140"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="141"/>
        <source>Open &amp;Sample Project</source>
        <translation>Beispiel&amp;projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="144"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149"/>
        <source>&amp;About Tare</source>
        <translation>Ü&amp;ber Tare</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>About Tare</source>
        <translation>Über Tare</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="151"/>
        <source>Tare %1
A workbench for LLM-guided, test-time refinement of query embeddings.</source>
        <translation>Tare %1
Eine Werkbank für die LLM-gestützte Verfeinerung von Anfrage-Einbettungen zur Testzeit.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>Tare projects (*.tare);;All files (*)</source>
        <translation>Tare-Projekte (*.tare);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <location filename="../app/mainwindow.cpp" line="195"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="194"/>
        <source>Opening %1 (the first start fits the built-in embedder)…</source>
        <translation>%1 wird geöffnet (beim ersten Start wird der eingebaute Einbetter angepasst)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="196"/>
        <source>Opening the project…</source>
        <translation>Projekt wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="205"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="227"/>
        <source>Showing run %1, finished</source>
        <translation>Lauf %1 wird angezeigt, beendet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="228"/>
        <source>Showing run %1, %2</source>
        <translation>Lauf %1 wird angezeigt, %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="232"/>
        <source>This project has no embedding space to run.</source>
        <translation>Dieses Projekt hat keinen Einbettungsraum für einen Lauf.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="235"/>
        <source>%1 — Tare</source>
        <translation>%1 — Tare</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="248"/>
        <source>Run %1 started</source>
        <translation>Lauf %1 gestartet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="252"/>
        <source>Run %1 finished</source>
        <translation>Lauf %1 beendet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="253"/>
        <source>Run %1 cancelled</source>
        <translation>Lauf %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="258"/>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
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
        <location filename="../core/io/npyfile.cpp" line="92"/>
        <source>the file has %1 bytes but its header promises %2</source>
        <translation>die Datei hat %1 Bytes, ihr Kopf verspricht aber %2</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="101"/>
        <source>%1: read error at row %2</source>
        <translation>%1: Lesefehler in Zeile %2</translation>
    </message>
</context>
<context>
    <name>tare::NpyWriter</name>
    <message>
        <location filename="../core/io/npyfile.cpp" line="122"/>
        <location filename="../core/io/npyfile.cpp" line="152"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="149"/>
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
        <location filename="../core/net/openaiwire.cpp" line="274"/>
        <source>data[%1] has no &apos;embedding&apos;</source>
        <translation>data[%1] hat kein &apos;embedding&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="277"/>
        <source>data[%1].embedding is empty</source>
        <translation>data[%1].embedding ist leer</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="281"/>
        <source>data[%1].embedding has %2 dimensions, the others %3</source>
        <translation>data[%1].embedding hat %2 Dimensionen, die anderen %3</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="318"/>
        <source>the rerank response is neither a list nor an object with &apos;results&apos;</source>
        <translation>die Rerank-Antwort ist weder eine Liste noch ein Objekt mit &apos;results&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="327"/>
        <source>result %1 has index %2: out of range or repeated</source>
        <translation>Ergebnis %1 hat Index %2: außerhalb des Bereichs oder wiederholt</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="332"/>
        <source>result %1 has no &apos;%2&apos;</source>
        <translation>Ergebnis %1 hat kein &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="337"/>
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
        <location filename="../core/db/projectstore.cpp" line="42"/>
        <source>%1: no such project file</source>
        <translation>%1: Projektdatei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="44"/>
        <source>%1: is a folder, not a project file</source>
        <translation>%1: ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="50"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="52"/>
        <source>%1: not a Tare project (not an SQLite database)</source>
        <translation>%1: kein Tare-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="71"/>
        <source>%1: not a Tare project (an SQLite database of another program)</source>
        <translation>%1: kein Tare-Projekt (eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="74"/>
        <source>%1: written by a newer Tare (project schema %2; this build reads up to %3); the file was not changed</source>
        <translation>%1: von einem neueren Tare geschrieben (Projektschema %2; dieser Build liest bis %3); die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="106"/>
        <source>a dataset named &apos;%1&apos; already exists in %2</source>
        <translation>ein Datensatz namens &apos;%1&apos; existiert bereits in %2</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="256"/>
        <source>embedding dimension %1 is out of range (1..65536)</source>
        <translation>Einbettungsdimension %1 liegt außerhalb des Bereichs (1..65536)</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="258"/>
        <source>an embedding space named &apos;%1&apos; already exists</source>
        <translation>ein Einbettungsraum namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="324"/>
        <source>no embedding space with id %1</source>
        <translation>kein Einbettungsraum mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="334"/>
        <location filename="../core/db/projectstore.cpp" line="346"/>
        <source>vector of dimension %1 does not fit a space of dimension %2</source>
        <translation>Vektor der Dimension %1 passt nicht in einen Raum der Dimension %2</translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="368"/>
        <location filename="../core/db/projectstore.cpp" line="521"/>
        <source>%1: a stored vector has %2 bytes, expected %3 (damaged project?)</source>
        <translation>%1: ein gespeicherter Vektor hat %2 Bytes, erwartet %3 (Projekt beschädigt?)</translation>
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
    <name>tare::QueryInspection</name>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="50"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="64"/>
        <source>run %1 has no result for query %2</source>
        <translation>Lauf %1 hat kein Ergebnis für Anfrage %2</translation>
    </message>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="83"/>
        <source>query %1 has no vector in this space</source>
        <translation>Anfrage %1 hat keinen Vektor in diesem Raum</translation>
    </message>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="86"/>
        <source>the refined vector of query %1 has the wrong dimension</source>
        <translation>der verfeinerte Vektor von Anfrage %1 hat die falsche Dimension</translation>
    </message>
</context>
<context>
    <name>tare::QueryInspectorWidget</name>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="91"/>
        <source>Scores before</source>
        <translation>Scores vorher</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="92"/>
        <source>Scores after</source>
        <translation>Scores nachher</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="93"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="94"/>
        <location filename="../widgets/queryinspectorwidget.cpp" line="283"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="99"/>
        <source>d′: distance of the class means in pooled standard deviations. KS: largest gap between the two classes&apos; score distributions. Best F1: F1 at the best score threshold. AUC: probability that a relevant document outscores an irrelevant one.</source>
        <translation>d′: Abstand der Klassenmittelwerte in gepoolten Standardabweichungen. KS: größte Lücke zwischen den Score-Verteilungen der beiden Klassen. Bestes F1: F1 beim besten Score-Schwellenwert. AUC: Wahrscheinlichkeit, dass ein relevantes Dokument einen höheren Score erzielt als ein irrelevantes.</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="118"/>
        <source>Select a query in the run dashboard&apos;s table to inspect it.</source>
        <translation>Wählen Sie eine Anfrage in der Tabelle des Lauf-Dashboards aus, um sie zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="147"/>
        <source>Loading query %1 of run %2…</source>
        <translation>Anfrage %1 von Lauf %2 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="158"/>
        <source>Cannot inspect this query: %1</source>
        <translation>Diese Anfrage kann nicht untersucht werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="178"/>
        <source>Cosine score</source>
        <translation>Kosinus-Score</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="179"/>
        <source>Share of class (%)</source>
        <translation>Anteil der Klasse (%)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="188"/>
        <source>Irrelevant (%1)</source>
        <translation>Irrelevant (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="188"/>
        <source>Relevant (%1)</source>
        <translation>Relevant (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="219"/>
        <source>Query %1: %2
Run %3 · AP %4 → %5</source>
        <translation>Anfrage %1: %2
Lauf %3 · AP %4 → %5</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="224"/>
        <source>This query failed: %1</source>
        <translation>Diese Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="230"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;before&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;after&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;d′&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KS&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;best F1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;vorher&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;nachher&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;d′&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KS&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;bestes F1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="244"/>
        <source>False-positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="245"/>
        <source>True-positive rate</source>
        <translation>Richtig-positiv-Rate</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="265"/>
        <source>Before (AUC %1)</source>
        <translation>Vorher (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="266"/>
        <source>After (AUC %1)</source>
        <translation>Nachher (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="282"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="285"/>
        <source>Refinement loss</source>
        <translation>Verfeinerungsverlust</translation>
    </message>
</context>
<context>
    <name>tare::QueryResultsModel</name>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="152"/>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="152"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="183"/>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="185"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="187"/>
        <source>AP before</source>
        <translation>AP vorher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="189"/>
        <source>AP after</source>
        <translation>AP nachher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="191"/>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="193"/>
        <source>AUC before</source>
        <translation>AUC vorher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="195"/>
        <source>AUC after</source>
        <translation>AUC nachher</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="197"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="206"/>
        <source>Average precision: the mean of the precision at the rank of each relevant document.</source>
        <translation>Average Precision: der Mittelwert der Präzision am Rang jedes relevanten Dokuments.</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="208"/>
        <source>AP after refinement minus AP before; positive means the refined query ranks better.</source>
        <translation>AP nach der Verfeinerung minus AP davor; positiv heißt, die verfeinerte Anfrage rankt besser.</translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="211"/>
        <source>ROC AUC: the probability that a random relevant document outscores a random irrelevant one.</source>
        <translation>ROC-AUC: die Wahrscheinlichkeit, dass ein zufälliges relevantes Dokument einen höheren Score erzielt als ein zufälliges irrelevantes.</translation>
    </message>
</context>
<context>
    <name>tare::RandomizedSvd</name>
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
    <name>tare::RunDashboardWidget</name>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="89"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="90"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="91"/>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="103"/>
        <source>Gold labels</source>
        <translation>Gold-Labels</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="104"/>
        <source>Simulated, 20% flipped</source>
        <translation>Simuliert, 20% vertauscht</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="105"/>
        <source>Who judges the selected documents: the dataset&apos;s gold labels, or a simulated judge that flips 20% of them.</source>
        <translation>Wer die ausgewählten Dokumente beurteilt: die Gold-Labels des Datensatzes oder ein simulierter Bewerter, der 20% davon vertauscht.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="106"/>
        <source>KL-Adam</source>
        <translation>KL-Adam</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="107"/>
        <source>ReFIT</source>
        <translation>ReFIT</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="108"/>
        <source>Rocchio</source>
        <translation>Rocchio</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="109"/>
        <source>None (baseline)</source>
        <translation>Keiner (Basislinie)</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="110"/>
        <source>How the query vector is refined from the judgments.</source>
        <translation>Wie der Anfragevektor aus den Urteilen verfeinert wird.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="114"/>
        <source>Number of optimisation steps per query.</source>
        <translation>Anzahl der Optimierungsschritte je Anfrage.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="119"/>
        <source>Adam learning rate.</source>
        <translation>Adam-Lernrate.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="123"/>
        <source>Run the refinement over every query of the dataset (F5)</source>
        <translation>Die Verfeinerung über alle Anfragen des Datensatzes ausführen (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="125"/>
        <source>Pause after the current step; press again to continue</source>
        <translation>Nach dem aktuellen Schritt pausieren; erneut drücken zum Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="126"/>
        <source>Stop the run; finished queries are kept</source>
        <translation>Den Lauf stoppen; beendete Anfragen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="135"/>
        <source>&amp;Judge:</source>
        <translation>&amp;Bewerter:</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="136"/>
        <source>Re&amp;finer:</source>
        <translation>&amp;Verfeinerer:</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="137"/>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="138"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="151"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="154"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="161"/>
        <source>Mean AP</source>
        <translation>Mittlere AP</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="177"/>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="188"/>
        <source>Filter queries…</source>
        <translation>Anfragen filtern…</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="228"/>
        <location filename="../widgets/rundashboardwidget.cpp" line="314"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="238"/>
        <source>No embedding space to run.</source>
        <translation>Kein Einbettungsraum für einen Lauf.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="253"/>
        <source>Run finished.</source>
        <translation>Lauf beendet.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="253"/>
        <source>Run cancelled; finished queries are kept.</source>
        <translation>Lauf abgebrochen; beendete Anfragen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="255"/>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="294"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="301"/>
        <source>%v of %m queries</source>
        <translation>%v von %m Anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="317"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="319"/>
        <source>estimating time left…</source>
        <translation>verbleibende Zeit wird geschätzt…</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="406"/>
        <source>Each query</source>
        <translation>Jede Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="425"/>
        <source>Min–max over queries</source>
        <translation>Min.–Max. über Anfragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rundashboardwidget.cpp" line="486"/>
        <source>Mean AP %1 → %2 over %n query(s)</source>
        <translation>
            <numerusform>Mittlere AP %1 → %2 über %n Anfrage</numerusform>
            <numerusform>Mittlere AP %1 → %2 über %n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::RunEngine</name>
    <message>
        <location filename="../core/run/runengine.cpp" line="309"/>
        <source>no dataset with id %1</source>
        <translation>kein Datensatz mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="312"/>
        <source>no embedding space with id %1 in dataset &apos;%2&apos;</source>
        <translation>kein Einbettungsraum mit ID %1 in Datensatz &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="338"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit ID %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="469"/>
        <source>run %1 stopped: %2</source>
        <translation>Lauf %1 gestoppt: %2</translation>
    </message>
</context>
<context>
    <name>tare::RunExporter</name>
    <message>
        <location filename="../core/run/runexporter.cpp" line="75"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: kann den Ordner nicht anlegen</translation>
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
    <name>tare::SqliteConnection</name>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="159"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="230"/>
        <source>%1: the disk is full (%2); nothing of the unfinished step was written</source>
        <translation>%1: der Datenträger ist voll (%2); vom unvollendeten Schritt wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="233"/>
        <source>%1: not a Tare project or a damaged file (%2)</source>
        <translation>%1: kein Tare-Projekt oder eine beschädigte Datei (%2)</translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="234"/>
        <source>%1: database error: %2 (in: %3)</source>
        <translation>%1: Datenbankfehler: %2 (in: %3)</translation>
    </message>
</context>
<context>
    <name>tare::TfidfVectorizer</name>
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
        <location filename="../cli/exportcommand.cpp" line="26"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation>kein Datensatz namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="31"/>
        <source>the project holds %1 datasets: name one with --dataset</source>
        <translation>das Projekt enthält %1 Datensätze: nennen Sie einen mit --dataset</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="30"/>
        <source>Imported %1 vectors into space %2 of dataset &apos;%3&apos; in %4 s</source>
        <translation>%1 Vektoren in Raum %2 von Datensatz &apos;%3&apos; in %4 s importiert</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="37"/>
        <source>Imported into dataset &apos;%1&apos;: %2 documents, %3 queries, %4 labels (%5 positive) in %6 s</source>
        <translation>In Datensatz &apos;%1&apos; importiert: %2 Dokumente, %3 Anfragen, %4 Labels (%5 positiv) in %6 s</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="47"/>
        <source>Skipped %1 bad record(s); the first reasons:</source>
        <translation>Fehlerhafte Einträge übersprungen: %1; die ersten Gründe:</translation>
    </message>
</context>
<context>
    <name>tare::cli::DemoCommand</name>
    <message>
        <location filename="../cli/democommand.cpp" line="33"/>
        <source>Project file to use (default: sample.tare in the user&apos;s data folder).</source>
        <translation>Zu verwendende Projektdatei (Standard: sample.tare im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="35"/>
        <source>The sample_data folder.</source>
        <translation>Der Ordner sample_data.</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="36"/>
        <source>Judge of the demo run (default gold).</source>
        <translation>Bewerter des Demo-Laufs (Standard gold).</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="38"/>
        <source>Refiner of the demo run (default kl-adam).</source>
        <translation>Verfeinerer des Demo-Laufs (Standard kl-adam).</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="41"/>
        <source>Import the bundled sample data and show the result, offline.</source>
        <translation>Die mitgelieferten Beispieldaten importieren und das Ergebnis anzeigen, offline.</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="55"/>
        <source>cannot find the sample_data folder; pass --sample-data DIR</source>
        <translation>der Ordner sample_data wurde nicht gefunden; geben Sie --sample-data ORDNER an</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="59"/>
        <source>Imported the sample datasets %1 from %2</source>
        <translation>Beispieldatensätze %1 aus %2 importiert</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="74"/>
        <source>the sample project has no &apos;nuance&apos; dataset</source>
        <translation>das Beispielprojekt hat keinen Datensatz &apos;nuance&apos;</translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="90"/>
        <source>Demo finished in %1 s. Open the project in the workbench: tare %2</source>
        <translation>Demo in %1 s beendet. Öffnen Sie das Projekt in der Werkbank: tare %2</translation>
    </message>
</context>
<context>
    <name>tare::cli::EmbedCommand</name>
    <message>
        <location filename="../cli/embedcommand.cpp" line="24"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="25"/>
        <source>Embedder: lsa (built in).</source>
        <translation>Einbetter: lsa (eingebaut).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="27"/>
        <source>Name of the new space (default: the provider&apos;s name).</source>
        <translation>Name des neuen Raums (Standard: der Name des Anbieters).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="29"/>
        <source>Dataset (default: every dataset without such a space).</source>
        <translation>Datensatz (Standard: jeder Datensatz ohne einen solchen Raum).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="31"/>
        <source>Dimension (default 256).</source>
        <translation>Dimension (Standard 256).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="32"/>
        <source>Seed of the randomized SVD (default 42).</source>
        <translation>Startwert der randomisierten SVD (Standard 42).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="34"/>
        <source>Do not remove English stop words.</source>
        <translation>Englische Stoppwörter nicht entfernen.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="36"/>
        <source>Template for queries, with {text} and {instruction} (default {text}).</source>
        <translation>Vorlage für Anfragen, mit {text} und {instruction} (Standard {text}).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="38"/>
        <source>Template for documents (default {text}).</source>
        <translation>Vorlage für Dokumente (Standard {text}).</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="42"/>
        <source>Embed a dataset&apos;s documents and queries into a new embedding space.</source>
        <translation>Die Dokumente und Anfragen eines Datensatzes in einen neuen Einbettungsraum einbetten.</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="45"/>
        <source>usage: tare-cli embed PROJECT --space lsa [--dim N] [--name NAME] [--dataset NAME]</source>
        <translation>Aufruf: tare-cli embed PROJEKT --space lsa [--dim N] [--name NAME] [--dataset NAME]</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="51"/>
        <source>unknown embedder &apos;%1&apos; (built in: lsa; HTTP embedders arrive with the providers)</source>
        <translation>unbekannter Einbetter &apos;%1&apos; (eingebaut: lsa; HTTP-Einbetter kommen mit den Anbietern)</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="58"/>
        <source>--dim must be an integer in 1..65536</source>
        <translation>--dim muss eine ganze Zahl in 1..65536 sein</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="61"/>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="73"/>
        <source>no dataset named &apos;%1&apos;</source>
        <translation>kein Datensatz namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="74"/>
        <source>every dataset already has a space named &apos;%1&apos;</source>
        <translation>jeder Datensatz hat bereits einen Raum namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="79"/>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="83"/>
        <source>Embedded dataset &apos;%1&apos; into space &apos;%2&apos; (lsa, dim %3): %4 documents, %5 queries in %6 s</source>
        <translation>Datensatz &apos;%1&apos; in Raum &apos;%2&apos; eingebettet (lsa, Dim. %3): %4 Dokumente, %5 Anfragen in %6 s</translation>
    </message>
</context>
<context>
    <name>tare::cli::ExportCommand</name>
    <message>
        <location filename="../cli/exportcommand.cpp" line="39"/>
        <source>qrels, vectors or run</source>
        <translation>qrels, vectors oder run</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="40"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="41"/>
        <source>Dataset (default: the only one).</source>
        <translation>Datensatz (Standard: der einzige).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="42"/>
        <source>Embedding space (vectors).</source>
        <translation>Einbettungsraum (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="44"/>
        <source>Output file (qrels), or prefix: PREFIX.npy and PREFIX.ids.txt (vectors).</source>
        <translation>Ausgabedatei (qrels) oder Präfix: PRÄFIX.npy und PRÄFIX.ids.txt (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="46"/>
        <source>Run id (run; default: the latest run).</source>
        <translation>Lauf-ID (run; Standard: der neueste Lauf).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="47"/>
        <source>trec, csv or json (run).</source>
        <translation>trec, csv oder json (run).</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="50"/>
        <source>Export project data for other tools.</source>
        <translation>Projektdaten für andere Werkzeuge exportieren.</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="54"/>
        <source>usage: tare-cli export qrels|vectors|run PROJECT --out PATH [--dataset NAME] [--space NAME] [--run ID] [--format trec|csv|json]</source>
        <translation>Aufruf: tare-cli export qrels|vectors|run PROJEKT --out PFAD [--dataset NAME] [--space NAME] [--run ID] [--format trec|csv|json]</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="68"/>
        <source>the project has no runs</source>
        <translation>das Projekt hat keine Läufe</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="78"/>
        <source>--format must be trec, csv or json</source>
        <translation>--format muss trec, csv oder json sein</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="81"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="87"/>
        <source>Wrote %1 qrels lines to %2</source>
        <translation>%1 qrels-Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="93"/>
        <source>dataset &apos;%1&apos; has no embedding space</source>
        <translation>Datensatz &apos;%1&apos; hat keinen Einbettungsraum</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="98"/>
        <source>no space named &apos;%1&apos;</source>
        <translation>kein Raum namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="101"/>
        <source>dataset &apos;%1&apos; has several spaces: name one with --space</source>
        <translation>Datensatz &apos;%1&apos; hat mehrere Räume: nennen Sie einen mit --space</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="106"/>
        <source>Wrote %1 vectors of dimension %2 to %3.npy and %3.ids.txt</source>
        <translation>%1 Vektoren der Dimension %2 nach %3.npy und %3.ids.txt geschrieben</translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="110"/>
        <source>unknown export &apos;%1&apos; (qrels, vectors, run)</source>
        <translation>unbekannter Export &apos;%1&apos; (qrels, vectors, run)</translation>
    </message>
</context>
<context>
    <name>tare::cli::ImportCommand</name>
    <message>
        <location filename="../cli/importcommand.cpp" line="58"/>
        <source>beir, classification, qrels or vectors</source>
        <translation>beir, classification, qrels oder vectors</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="59"/>
        <source>The folder (beir) or file to import.</source>
        <translation>Der zu importierende Ordner (beir) oder die Datei.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="60"/>
        <source>The project file (created when missing).</source>
        <translation>Die Projektdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="62"/>
        <source>Name of the new dataset (default: folder or file name).</source>
        <translation>Name des neuen Datensatzes (Standard: Ordner- oder Dateiname).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="64"/>
        <source>Existing dataset (qrels, vectors).</source>
        <translation>Vorhandener Datensatz (qrels, vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="67"/>
        <source>Candidates of a query: the whole corpus, or only its judged documents (beir).</source>
        <translation>Kandidaten einer Anfrage: das ganze Korpus oder nur ihre beurteilten Dokumente (beir).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="69"/>
        <source>qrels/&lt;split&gt;.tsv to read (beir).</source>
        <translation>Zu lesende qrels/&lt;split&gt;.tsv (beir).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="71"/>
        <source>The dataset&apos;s task instruction.</source>
        <translation>Die Aufgabenanweisung des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="74"/>
        <source>Skip malformed records and report them instead of failing the import.</source>
        <translation>Fehlerhafte Einträge überspringen und melden, statt den Import abzubrechen.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="75"/>
        <source>Text column (classification).</source>
        <translation>Textspalte (classification).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="77"/>
        <source>Label column (classification).</source>
        <translation>Label-Spalte (classification).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="79"/>
        <source>Document id column (classification; optional).</source>
        <translation>Dokument-ID-Spalte (classification; optional).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="82"/>
        <source>Table with columns label, description: query texts (classification).</source>
        <translation>Tabelle mit den Spalten label, description: Anfragetexte (classification).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="84"/>
        <source>csv, tsv or jsonl (classification; default: by extension).</source>
        <translation>csv, tsv oder jsonl (classification; Standard: nach Dateiendung).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="86"/>
        <source>Id list for a .npy file, one id per line (vectors).</source>
        <translation>ID-Liste für eine .npy-Datei, eine ID pro Zeile (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="88"/>
        <source>Embedding space to fill (vectors; default &apos;imported&apos;).</source>
        <translation>Zu füllender Einbettungsraum (vectors; Standard &apos;imported&apos;).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="90"/>
        <source>Model name to record with the space (vectors).</source>
        <translation>Mit dem Raum zu speichernder Modellname (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="92"/>
        <source>The vectors are query vectors (vectors).</source>
        <translation>Die Vektoren sind Anfragevektoren (vectors).</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="96"/>
        <source>Import data into a Tare project.</source>
        <translation>Daten in ein Tare-Projekt importieren.</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="101"/>
        <source>usage: tare-cli import beir|classification|qrels|vectors INPUT --project FILE [options]</source>
        <translation>Aufruf: tare-cli import beir|classification|qrels|vectors EINGABE --project DATEI [Optionen]</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="117"/>
        <source>--pool must be corpus or judged</source>
        <translation>--pool muss corpus oder judged sein</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="122"/>
        <source>unknown import kind &apos;%1&apos; (beir, classification, qrels, vectors)</source>
        <translation>unbekannte Importart &apos;%1&apos; (beir, classification, qrels, vectors)</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="124"/>
        <source>&apos;import %1&apos; needs --dataset NAME</source>
        <translation>&apos;import %1&apos; braucht --dataset NAME</translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="150"/>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format muss csv, tsv oder jsonl sein</translation>
    </message>
</context>
<context>
    <name>tare::cli::InfoCommand</name>
    <message>
        <location filename="../cli/infocommand.cpp" line="57"/>
        <source>Project %1 (schema %2)</source>
        <translation>Projekt %1 (Schema %2)</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="59"/>
        <source>  no datasets</source>
        <translation>  keine Datensätze</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="61"/>
        <source>  dataset &apos;%1&apos; (pool: %2): %3 documents, %4 queries, %5 labels (%6 positive)</source>
        <translation>  Datensatz &apos;%1&apos; (Pool: %2): %3 Dokumente, %4 Anfragen, %5 Labels (%6 positiv)</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="71"/>
        <source>    space &apos;%1&apos; (%2%3, dim %4): %5 document vectors, %6 query vectors</source>
        <translation>    Raum &apos;%1&apos; (%2%3, Dim. %4): %5 Dokumentvektoren, %6 Anfragevektoren</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="80"/>
        <source>  judges: %1, judgments: %2, runs: %3</source>
        <translation>  Bewerter: %1, Urteile: %2, Läufe: %3</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="90"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="91"/>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="93"/>
        <source>Show what a Tare project holds.</source>
        <translation>Anzeigen, was ein Tare-Projekt enthält.</translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="96"/>
        <source>usage: tare-cli info PROJECT [--json]</source>
        <translation>Aufruf: tare-cli info PROJEKT [--json]</translation>
    </message>
</context>
<context>
    <name>tare::cli::RunCommand</name>
    <message>
        <location filename="../cli/runcommand.cpp" line="50"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="50"/>
        <source>AP before</source>
        <translation>AP vorher</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="50"/>
        <source>AP after</source>
        <translation>AP nachher</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="51"/>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="51"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="71"/>
        <source>Run %1 on &apos;%2&apos; (space %3, judge %4, refiner %5): %6</source>
        <translation>Lauf %1 auf &apos;%2&apos; (Raum %3, Bewerter %4, Verfeinerer %5): %6</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="75"/>
        <source>  queries: %1 finished, %2 failed</source>
        <translation>  Anfragen: %1 beendet, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="78"/>
        <source>  MAP %1 → %2  (Δ %3, %4%)</source>
        <translation>  MAP %1 → %2  (Δ %3, %4%)</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="83"/>
        <source>  win/tie/loss %1/%2/%3; paired t-test p = %4; randomization p = %5; 95% CI of Δ [%6, %7]</source>
        <translation>  besser/gleich/schlechter %1/%2/%3; gepaarter t-Test p = %4; Randomisierungstest p = %5; 95%-KI von Δ [%6, %7]</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="94"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="95"/>
        <source>Dataset (default: the one holding the space).</source>
        <translation>Datensatz (Standard: der, der den Raum enthält).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="96"/>
        <source>Embedding space name.</source>
        <translation>Name des Einbettungsraums.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="97"/>
        <source>gold, simulated:flip=RATE or simulated:sigma=SD (with ,seed=N).</source>
        <translation>gold, simulated:flip=RATE oder simulated:sigma=SD (mit ,seed=N).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="99"/>
        <source>kl-adam, refit, rocchio or none.</source>
        <translation>kl-adam, refit, rocchio oder none.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="101"/>
        <source>Adam steps (default 100).</source>
        <translation>Adam-Schritte (Standard 100).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="102"/>
        <source>Learning rate (default 1e-4; refit 0.005).</source>
        <translation>Lernrate (Standard 1e-4; refit 0.005).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="103"/>
        <source>Judged documents per query (default 20).</source>
        <translation>Beurteilte Dokumente je Anfrage (Standard 20).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="104"/>
        <source>Of those, from the top of the ranking (default 20).</source>
        <translation>Davon von der Spitze des Rankings (Standard 20).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="106"/>
        <source>Seed of the random part of the judged set (default 42).</source>
        <translation>Startwert des zufälligen Teils der beurteilten Menge (Standard 42).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="108"/>
        <source>AP/AUC every N steps (default: automatic).</source>
        <translation>AP/AUC alle N Schritte (Standard: automatisch).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="110"/>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="111"/>
        <source>Only these query ids (comma-separated).</source>
        <translation>Nur diese Anfrage-IDs (durch Kommas getrennt).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="112"/>
        <source>Print one JSON object (summary with map_before, map_after, ...).</source>
        <translation>Ein JSON-Objekt ausgeben (Zusammenfassung mit map_before, map_after, ...).</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="114"/>
        <source>Continue the latest unfinished run with the same parameters instead of starting a new one.</source>
        <translation>Den neuesten unvollendeten Lauf mit denselben Parametern fortsetzen, statt einen neuen zu starten.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="115"/>
        <source>A label for the run.</source>
        <translation>Eine Bezeichnung für den Lauf.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="118"/>
        <source>Refine the queries of a dataset and report MAP before and after.</source>
        <translation>Die Anfragen eines Datensatzes verfeinern und MAP vorher und nachher ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="121"/>
        <source>usage: tare-cli run PROJECT --space S --judge J --refiner R [options]</source>
        <translation>Aufruf: tare-cli run PROJEKT --space S --judge J --refiner R [Optionen]</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="137"/>
        <source>no embedding space named &apos;%1&apos; (create one with &apos;tare-cli embed&apos;)</source>
        <translation>kein Einbettungsraum namens &apos;%1&apos; (legen Sie einen mit &apos;tare-cli embed&apos; an)</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="139"/>
        <source>several datasets have a space named &apos;%1&apos;: name one with --dataset</source>
        <translation>mehrere Datensätze haben einen Raum namens &apos;%1&apos;: nennen Sie einen mit --dataset</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="146"/>
        <source>unknown refiner &apos;%1&apos; (%2)</source>
        <translation>unbekannter Verfeinerer &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="154"/>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 muss eine ganze Zahl &gt;= %2 sein</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="165"/>
        <source>--lr must be a positive number</source>
        <translation>--lr muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="171"/>
        <source>--seed must be an integer</source>
        <translation>--seed muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="183"/>
        <source>Resuming run %1.</source>
        <translation>Lauf %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="189"/>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="206"/>
        <source>Run %1 was interrupted; finished queries are kept. Continue it with --resume.</source>
        <translation>Lauf %1 wurde unterbrochen; beendete Anfragen bleiben erhalten. Setzen Sie ihn mit --resume fort.</translation>
    </message>
</context>
</TS>
