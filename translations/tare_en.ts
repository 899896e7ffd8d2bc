<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TrecEval</name>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="126"/>
        <location filename="../core/metrics/treceval.cpp" line="130"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="192"/>
        <source>expected 4 fields (query, iteration, document, grade), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="195"/>
        <source>grade &apos;%1&apos; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="226"/>
        <source>document &apos;%1&apos; is judged twice for query &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="249"/>
        <source>expected 6 fields (query, Q0, document, rank, score, run tag), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="253"/>
        <source>score &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="282"/>
        <source>document &apos;%1&apos; is retrieved twice for query &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/treceval.cpp" line="308"/>
        <source>query &apos;%1&apos; of %2 has no results in the run (trec_eval stops here too unless -c counts it as zero)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="27"/>
        <source>Tare workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>User interface language (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="35"/>
        <source>Save a PNG of the window once the project is open, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Start the dashboard&apos;s run once the project is open (with --screenshot: grab after it finished and the first query is inspected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="41"/>
        <source>A .tare project file (default: the sample project).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare</name>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="45"/>
        <source>the LSA dimension must be at least 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="48"/>
        <source>oversampling (%1) and power iterations (%2) must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="53"/>
        <source>min_df (%1) and the minimum token length (%2) must be at least 1, max_features (%3) not negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="62"/>
        <source>Not a valid Tare LSA model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="86"/>
        <source>The SVD was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="26"/>
        <source>min_df must be at least 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="29"/>
        <source>max_features must be 0 (no limit) or positive, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="42"/>
        <source>import cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="77"/>
        <location filename="../core/io/classificationimporter.cpp" line="83"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="96"/>
        <source>no column named &apos;%1&apos; in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="99"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="104"/>
        <source>invalid UTF-8 in column &apos;%1&apos; at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/projectexporter.cpp" line="24"/>
        <location filename="../core/io/projectexporter.cpp" line="30"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="121"/>
        <source>the query has no vector in this embedding space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="123"/>
        <source>the query vector is zero (no known term?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="126"/>
        <source>the query has no candidate documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="128"/>
        <source>no relevant document in the query&apos;s pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runengine.cpp" line="192"/>
        <source>the judge scored none of the %n selected document(s)</source>
        <translation>
            <numerusform>the judge did not score the %n selected document</numerusform>
            <numerusform>the judge scored none of the %n selected documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="237"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare-cli</name>
    <message>
        <location filename="../cli/clisupport.cpp" line="63"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="67"/>
        <source>Try &apos;tare-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="73"/>
        <source>
Exit codes: 0 ok, 1 usage error, 2 input error, 3 I/O error, 4 cancelled, 5 internal error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="149"/>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/clisupport.cpp" line="150"/>
        <source>Never show progress.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="71"/>
        <source>tare-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ApiKey</name>
    <message>
        <location filename="../core/net/apikey.cpp" line="18"/>
        <source>the environment variable %1 that should hold the API key is not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::BeirImporter</name>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="43"/>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="49"/>
        <source>%1: missing (a BEIR folder holds corpus.jsonl, queries.jsonl and qrels/&lt;split&gt;.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="85"/>
        <source>import cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="90"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="99"/>
        <source>duplicate document id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/beirimporter.cpp" line="108"/>
        <source>duplicate query id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ChartView</name>
    <message>
        <location filename="../widgets/chartview.cpp" line="19"/>
        <source>Right-click to export the chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="61"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="68"/>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="69"/>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="70"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="76"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="76"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="76"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartview.cpp" line="77"/>
        <location filename="../widgets/chartview.cpp" line="84"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ClassificationImporter</name>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="128"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="162"/>
        <source>empty label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="171"/>
        <source>duplicate document id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/classificationimporter.cpp" line="190"/>
        <source>no usable rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::CorpusIndex</name>
    <message>
        <location filename="../core/run/corpusindex.cpp" line="18"/>
        <source>no dataset with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::CsvReader</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="58"/>
        <source>unexpected character after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="73"/>
        <source>a quoted field opened on this line is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="121"/>
        <source>libcurl could not create a multi handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="160"/>
        <source>the HTTP client is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="252"/>
        <location filename="../core/net/httpclient.cpp" line="478"/>
        <location filename="../core/net/httpclient.cpp" line="575"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="256"/>
        <source>not sent: an earlier request of the batch failed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="495"/>
        <source>HTTP %1: the server asks to retry after %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="509"/>
        <source>HTTP %1 after %2 attempt(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="514"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="527"/>
        <source>network error after %1 attempt(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="528"/>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="596"/>
        <source>libcurl could not start the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="638"/>
        <source>the HTTP client was shut down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::JsonRecord</name>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="29"/>
        <source>invalid UTF-8 at byte %1 of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="34"/>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="36"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="51"/>
        <source>field &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="58"/>
        <location filename="../core/io/jsonrecord.cpp" line="62"/>
        <source>field &quot;%1&quot; must be a string or an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="61"/>
        <location filename="../core/io/jsonrecord.cpp" line="69"/>
        <source>missing field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/jsonrecord.cpp" line="71"/>
        <location filename="../core/io/jsonrecord.cpp" line="81"/>
        <source>field &quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::JudgeFactory</name>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="17"/>
        <source>invalid judge &apos;%1&apos;: %2 (use gold, simulated:flip=RATE or simulated:sigma=SD, optionally with ,seed=N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="25"/>
        <source>unknown judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="45"/>
        <source>bad parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/judgefactory.cpp" line="48"/>
        <source>a simulated judge needs flip or sigma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::JudgedSelection</name>
    <message>
        <location filename="../core/refine/judgedselection.cpp" line="20"/>
        <source>Cannot judge %1 documents from the top out of %2: both must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::KlAdamRefiner</name>
    <message>
        <location filename="../core/refine/klrefiner.cpp" line="21"/>
        <source>The number of steps must not be negative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::LineReader</name>
    <message>
        <location filename="../core/io/linereader.cpp" line="22"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/linereader.cpp" line="43"/>
        <source>%1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::LlmJudge</name>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="30"/>
        <source>the LLM judge needs an endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="32"/>
        <source>the LLM judge needs a model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="208"/>
        <source>the reply was withheld by the provider&apos;s content filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/llmjudge.cpp" line="218"/>
        <source>the reply holds no rating from 0 to 100: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::LsaModel</name>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="83"/>
        <source>Fitting the LSA model was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/embed/lsamodel.cpp" line="92"/>
        <source>The %n document(s) contain no terms to build an LSA model from</source>
        <translation>
            <numerusform>The %n document contains no terms to build an LSA model from</numerusform>
            <numerusform>The %n documents contain no terms to build an LSA model from</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="104"/>
        <source>TF-IDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="121"/>
        <source>The LSA model has not been fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="147"/>
        <source>Cannot explain a vector of length %1 with an LSA model of dimension %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="151"/>
        <source>The number of terms to explain must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/embed/lsamodel.cpp" line="221"/>
        <source>only %n byte(s)</source>
        <translation>
            <numerusform>only %n byte</numerusform>
            <numerusform>only %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="223"/>
        <source>bad magic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="236"/>
        <source>unsupported format version %1 (this Tare reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="244"/>
        <source>checksum mismatch (the data is damaged or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="250"/>
        <location filename="../core/embed/lsamodel.cpp" line="283"/>
        <source>truncated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="259"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="271"/>
        <source>bad stop-word flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="279"/>
        <source>inconsistent sizes (%1 terms, dimension %2, %3 documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="283"/>
        <location filename="../core/embed/lsamodel.cpp" line="298"/>
        <source>model data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="291"/>
        <source>term %1 has an impossible length %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="292"/>
        <source>vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="312"/>
        <source>unexpected data after the projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsamodel.cpp" line="315"/>
        <source>non-finite or negative numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::LsaSpaceBuilder</name>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="30"/>
        <source>no dataset with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="33"/>
        <source>dataset &apos;%1&apos; already has a space named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="68"/>
        <source>embedding cancelled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/lsaspacebuilder.cpp" line="74"/>
        <source>embedding documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="81"/>
        <source>Dataset %1 · space %2 · %n query(s)</source>
        <translation>
            <numerusform>Dataset %1 · space %2 · %n query</numerusform>
            <numerusform>Dataset %1 · space %2 · %n queries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>Tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="133"/>
        <source>Run dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134"/>
        <source>Query inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="140"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="141"/>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="144"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="148"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149"/>
        <source>&amp;About Tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>About Tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="151"/>
        <source>Tare %1
A workbench for LLM-guided, test-time refinement of query embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>Tare projects (*.tare);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <location filename="../app/mainwindow.cpp" line="195"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="194"/>
        <source>Opening %1 (the first start fits the built-in embedder)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="196"/>
        <source>Opening the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>No project open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="205"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="227"/>
        <source>Showing run %1, finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="228"/>
        <source>Showing run %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="232"/>
        <source>This project has no embedding space to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="235"/>
        <source>%1 — Tare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="248"/>
        <source>Run %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="252"/>
        <source>Run %1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="253"/>
        <source>Run %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="258"/>
        <source>Run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::NpyReader</name>
    <message>
        <location filename="../core/io/npyfile.cpp" line="32"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="35"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="38"/>
        <source>not a NumPy .npy file (bad magic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="41"/>
        <source>unsupported .npy format version %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="46"/>
        <location filename="../core/io/npyfile.cpp" line="51"/>
        <location filename="../core/io/npyfile.cpp" line="58"/>
        <source>truncated header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="55"/>
        <source>header of %1 bytes is implausibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="68"/>
        <source>malformed header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="75"/>
        <source>unsupported dtype &apos;%1&apos; (Tare reads little-endian float32 &apos;&lt;f4&apos; or float16 &apos;&lt;f2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="77"/>
        <source>Fortran-ordered arrays are not supported; save with C order (numpy.ascontiguousarray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="83"/>
        <source>expected a 2-D array (rows, dimension), found shape (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="88"/>
        <source>unsupported shape (%1): the dimension must be 1..65536</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="92"/>
        <source>the file has %1 bytes but its header promises %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="101"/>
        <source>%1: read error at row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::NpyWriter</name>
    <message>
        <location filename="../core/io/npyfile.cpp" line="122"/>
        <location filename="../core/io/npyfile.cpp" line="152"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/npyfile.cpp" line="149"/>
        <source>%1: wrote %2 rows of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::OpenAiEmbedder</name>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="19"/>
        <source>the embeddings client needs an endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="21"/>
        <source>the embeddings client needs a model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="78"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="100"/>
        <source>embedding texts %1–%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="107"/>
        <source>embedding texts %1–%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="113"/>
        <source>the model returned %1-dimensional vectors, the space has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiembedder.cpp" line="121"/>
        <source>embedding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::OpenAiWire</name>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="29"/>
        <source>the response is not valid JSON (%1 at byte %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="44"/>
        <source>the server returned an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="89"/>
        <source>the chat completion is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="94"/>
        <source>the chat completion has no &apos;choices&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="98"/>
        <source>the chat completion has no &apos;choices[0].message&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="117"/>
        <source>logprobs.content[%1].top_logprobs has an entry without token or logprob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="180"/>
        <source>&apos;yes&apos; and &apos;no&apos; have a probability of %1 among the top tokens, not above 1e-4 (reply: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="199"/>
        <source>the reply has no logprobs and no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="200"/>
        <source>the reply has no logprobs and does not start with yes or no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="238"/>
        <source>the embeddings response is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="242"/>
        <source>the embeddings response has no &apos;data&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="245"/>
        <source>the server returned %1 embeddings for %2 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="255"/>
        <source>data[%1].index is %2: out of range or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="263"/>
        <source>data[%1].embedding holds a value that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="270"/>
        <source>data[%1].embedding is base64 of %2 bytes, not whole floats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="274"/>
        <source>data[%1] has no &apos;embedding&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="277"/>
        <source>data[%1].embedding is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="281"/>
        <source>data[%1].embedding has %2 dimensions, the others %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="318"/>
        <source>the rerank response is neither a list nor an object with &apos;results&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="327"/>
        <source>result %1 has index %2: out of range or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="332"/>
        <source>result %1 has no &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/openaiwire.cpp" line="337"/>
        <source>the reranker returned no score for document %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::OutputFile</name>
    <message>
        <location filename="../core/run/runexporter.cpp" line="36"/>
        <location filename="../core/run/runexporter.cpp" line="42"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ProjectExporter</name>
    <message>
        <location filename="../core/io/projectexporter.cpp" line="62"/>
        <source>no embedding space with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ProjectOverviewWidget</name>
    <message>
        <location filename="../widgets/projectoverviewwidget.cpp" line="51"/>
        <source>No project open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/projectoverviewwidget.cpp" line="54"/>
        <source>%1 — %n dataset(s), %2 run(s), %3 judgment(s)</source>
        <translation>
            <numerusform>%1 — %n dataset, %2 run(s), %3 judgment(s)</numerusform>
            <numerusform>%1 — %n datasets, %2 run(s), %3 judgment(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::ProjectStore</name>
    <message>
        <location filename="../core/db/projectstore.cpp" line="42"/>
        <source>%1: no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="44"/>
        <source>%1: is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="50"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="52"/>
        <source>%1: not a Tare project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="71"/>
        <source>%1: not a Tare project (an SQLite database of another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="74"/>
        <source>%1: written by a newer Tare (project schema %2; this build reads up to %3); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="106"/>
        <source>a dataset named &apos;%1&apos; already exists in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="256"/>
        <source>embedding dimension %1 is out of range (1..65536)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="258"/>
        <source>an embedding space named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="324"/>
        <source>no embedding space with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="334"/>
        <location filename="../core/db/projectstore.cpp" line="346"/>
        <source>vector of dimension %1 does not fit a space of dimension %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/projectstore.cpp" line="368"/>
        <location filename="../core/db/projectstore.cpp" line="521"/>
        <source>%1: a stored vector has %2 bytes, expected %3 (damaged project?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::ProjectSummaryModel</name>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="78"/>
        <source>%1 space, %2 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="98"/>
        <source>dataset, judged pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="98"/>
        <source>dataset, whole-corpus pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="116"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="118"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="120"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="122"/>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projectsummarymodel.cpp" line="124"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::PythonRandom</name>
    <message>
        <location filename="../core/refine/pythonrandom.cpp" line="100"/>
        <source>getrandbits: %1 bits requested, 0 to 64 supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/pythonrandom.cpp" line="114"/>
        <source>randbelow: the bound must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/pythonrandom.cpp" line="127"/>
        <source>sample: cannot take %1 values from a population of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QrelsImporter</name>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="65"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="93"/>
        <source>import cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="99"/>
        <source>invalid UTF-8 at byte %1 of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="107"/>
        <source>expected 4 fields (query, iteration, document, grade), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="109"/>
        <source>expected 3 tab-separated fields (query-id, corpus-id, score), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="116"/>
        <source>the grade &apos;%1&apos; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="121"/>
        <source>unknown query id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="128"/>
        <source>unknown document id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="131"/>
        <source>duplicate label for query &apos;%1&apos; and document &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/qrelsimporter.cpp" line="143"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QueryInspection</name>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="50"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="64"/>
        <source>run %1 has no result for query %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="83"/>
        <source>query %1 has no vector in this space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryinspection.cpp" line="86"/>
        <source>the refined vector of query %1 has the wrong dimension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QueryInspectorWidget</name>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="91"/>
        <source>Scores before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="92"/>
        <source>Scores after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="93"/>
        <source>ROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="94"/>
        <location filename="../widgets/queryinspectorwidget.cpp" line="283"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="99"/>
        <source>d′: distance of the class means in pooled standard deviations. KS: largest gap between the two classes&apos; score distributions. Best F1: F1 at the best score threshold. AUC: probability that a relevant document outscores an irrelevant one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="118"/>
        <source>Select a query in the run dashboard&apos;s table to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="147"/>
        <source>Loading query %1 of run %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="158"/>
        <source>Cannot inspect this query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="178"/>
        <source>Cosine score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="179"/>
        <source>Share of class (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="188"/>
        <source>Irrelevant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="188"/>
        <source>Relevant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="219"/>
        <source>Query %1: %2
Run %3 · AP %4 → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="224"/>
        <source>This query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="230"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;before&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;after&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;d′&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KS&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;best F1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;AUC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="244"/>
        <source>False-positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="245"/>
        <source>True-positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="265"/>
        <source>Before (AUC %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="266"/>
        <source>After (AUC %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="282"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryinspectorwidget.cpp" line="285"/>
        <source>Refinement loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::QueryResultsModel</name>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="152"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="152"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="183"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="185"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="187"/>
        <source>AP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="189"/>
        <source>AP after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="191"/>
        <source>ΔAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="193"/>
        <source>AUC before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="195"/>
        <source>AUC after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="197"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="206"/>
        <source>Average precision: the mean of the precision at the rank of each relevant document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="208"/>
        <source>AP after refinement minus AP before; positive means the refined query ranks better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/queryresultsmodel.cpp" line="211"/>
        <source>ROC AUC: the probability that a random relevant document outscores a random irrelevant one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RandomizedSvd</name>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="96"/>
        <source>randomized SVD: rank %1, oversampling %2 and power iterations %3 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="122"/>
        <source>randomized SVD: the matrix holds a non-finite value at (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="147"/>
        <source>randomized SVD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/randomizedsvd.cpp" line="188"/>
        <source>randomized SVD: the eigensolver did not converge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::Refiner</name>
    <message>
        <location filename="../core/refine/refiner.cpp" line="25"/>
        <source>Refinement needs one judge score per judged document (%1 documents, %2 scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="30"/>
        <source>The judged documents have dimension %1 but the query has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="34"/>
        <source>Cannot refine an empty query vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="36"/>
        <source>Cannot refine a query without judged documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="38"/>
        <source>The query vector contains NaN or infinite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="40"/>
        <source>A judged document vector contains NaN or infinite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="42"/>
        <source>A judge score is NaN or infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/refine/refiner.cpp" line="48"/>
        <source>Refinement cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RefinerFactory</name>
    <message>
        <location filename="../core/refine/refinerfactory.cpp" line="31"/>
        <source>Unknown refiner &quot;%1&quot;; known refiners: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RerankJudge</name>
    <message>
        <location filename="../core/judge/rerankjudge.cpp" line="20"/>
        <source>the reranker judge needs an endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/judge/rerankjudge.cpp" line="22"/>
        <source>the reranker judge needs a model name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunDashboardWidget</name>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="89"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="90"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="91"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="103"/>
        <source>Gold labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="104"/>
        <source>Simulated, 20% flipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="105"/>
        <source>Who judges the selected documents: the dataset&apos;s gold labels, or a simulated judge that flips 20% of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="106"/>
        <source>KL-Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="107"/>
        <source>ReFIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="108"/>
        <source>Rocchio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="109"/>
        <source>None (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="110"/>
        <source>How the query vector is refined from the judgments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="114"/>
        <source>Number of optimisation steps per query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="119"/>
        <source>Adam learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="123"/>
        <source>Run the refinement over every query of the dataset (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="125"/>
        <source>Pause after the current step; press again to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="126"/>
        <source>Stop the run; finished queries are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="135"/>
        <source>&amp;Judge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="136"/>
        <source>Re&amp;finer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="137"/>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="138"/>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="151"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="154"/>
        <source>AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="161"/>
        <source>Mean AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="177"/>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="188"/>
        <source>Filter queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="228"/>
        <location filename="../widgets/rundashboardwidget.cpp" line="314"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="238"/>
        <source>No embedding space to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="253"/>
        <source>Run finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="253"/>
        <source>Run cancelled; finished queries are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="255"/>
        <source>Run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="294"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="301"/>
        <source>%v of %m queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="317"/>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="319"/>
        <source>estimating time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="406"/>
        <source>Each query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundashboardwidget.cpp" line="425"/>
        <source>Min–max over queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rundashboardwidget.cpp" line="486"/>
        <source>Mean AP %1 → %2 over %n query(s)</source>
        <translation>
            <numerusform>Mean AP %1 → %2 over %n query</numerusform>
            <numerusform>Mean AP %1 → %2 over %n queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tare::RunEngine</name>
    <message>
        <location filename="../core/run/runengine.cpp" line="309"/>
        <source>no dataset with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="312"/>
        <source>no embedding space with id %1 in dataset &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="338"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="469"/>
        <source>run %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunExporter</name>
    <message>
        <location filename="../core/run/runexporter.cpp" line="75"/>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::RunSummary</name>
    <message>
        <location filename="../core/run/runsummary.cpp" line="31"/>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::SqliteConnection</name>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="159"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="230"/>
        <source>%1: the disk is full (%2); nothing of the unfinished step was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="233"/>
        <source>%1: not a Tare project or a damaged file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sqliteconnection.cpp" line="234"/>
        <source>%1: database error: %2 (in: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::TfidfVectorizer</name>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="49"/>
        <source>the vocabulary has %1 terms but %2 idf values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="53"/>
        <source>the vocabulary is not a sorted list of distinct terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/embed/tfidfvectorizer.cpp" line="55"/>
        <source>the idf of term %1 is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::VectorImporter</name>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="32"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="34"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="37"/>
        <source>a .npy file needs an id list (one id per line, row order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="64"/>
        <source>vector of dimension %1, but the space &apos;%2&apos; has dimension %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="72"/>
        <source>component %1 of the vector for &apos;%2&apos; is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="79"/>
        <source>unknown document id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="84"/>
        <source>unknown query id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="89"/>
        <source>import cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="109"/>
        <source>the id list has %1 lines but the array has %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="119"/>
        <source>the id list has more lines than the array has rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="122"/>
        <source>the array has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="134"/>
        <source>missing or non-array field &quot;embedding&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="139"/>
        <source>component %1 of &quot;embedding&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="143"/>
        <source>empty &quot;embedding&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vectorimporter.cpp" line="150"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli</name>
    <message>
        <location filename="../cli/exportcommand.cpp" line="26"/>
        <source>no dataset named &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="31"/>
        <source>the project holds %1 datasets: name one with --dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="30"/>
        <source>Imported %1 vectors into space %2 of dataset &apos;%3&apos; in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="37"/>
        <source>Imported into dataset &apos;%1&apos;: %2 documents, %3 queries, %4 labels (%5 positive) in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="47"/>
        <source>Skipped %1 bad record(s); the first reasons:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::DemoCommand</name>
    <message>
        <location filename="../cli/democommand.cpp" line="33"/>
        <source>Project file to use (default: sample.tare in the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="35"/>
        <source>The sample_data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="36"/>
        <source>Judge of the demo run (default gold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="38"/>
        <source>Refiner of the demo run (default kl-adam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="41"/>
        <source>Import the bundled sample data and show the result, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="55"/>
        <source>cannot find the sample_data folder; pass --sample-data DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="59"/>
        <source>Imported the sample datasets %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="74"/>
        <source>the sample project has no &apos;nuance&apos; dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/democommand.cpp" line="90"/>
        <source>Demo finished in %1 s. Open the project in the workbench: tare %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::EmbedCommand</name>
    <message>
        <location filename="../cli/embedcommand.cpp" line="24"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="25"/>
        <source>Embedder: lsa (built in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="27"/>
        <source>Name of the new space (default: the provider&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="29"/>
        <source>Dataset (default: every dataset without such a space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="31"/>
        <source>Dimension (default 256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="32"/>
        <source>Seed of the randomized SVD (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="34"/>
        <source>Do not remove English stop words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="36"/>
        <source>Template for queries, with {text} and {instruction} (default {text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="38"/>
        <source>Template for documents (default {text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="42"/>
        <source>Embed a dataset&apos;s documents and queries into a new embedding space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="45"/>
        <source>usage: tare-cli embed PROJECT --space lsa [--dim N] [--name NAME] [--dataset NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="51"/>
        <source>unknown embedder &apos;%1&apos; (built in: lsa; HTTP embedders arrive with the providers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="58"/>
        <source>--dim must be an integer in 1..65536</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="61"/>
        <source>--seed must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="73"/>
        <source>no dataset named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="74"/>
        <source>every dataset already has a space named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="79"/>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/embedcommand.cpp" line="83"/>
        <source>Embedded dataset &apos;%1&apos; into space &apos;%2&apos; (lsa, dim %3): %4 documents, %5 queries in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::ExportCommand</name>
    <message>
        <location filename="../cli/exportcommand.cpp" line="39"/>
        <source>qrels, vectors or run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="40"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="41"/>
        <source>Dataset (default: the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="42"/>
        <source>Embedding space (vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="44"/>
        <source>Output file (qrels), or prefix: PREFIX.npy and PREFIX.ids.txt (vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="46"/>
        <source>Run id (run; default: the latest run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="47"/>
        <source>trec, csv or json (run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="50"/>
        <source>Export project data for other tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="54"/>
        <source>usage: tare-cli export qrels|vectors|run PROJECT --out PATH [--dataset NAME] [--space NAME] [--run ID] [--format trec|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="68"/>
        <source>the project has no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="78"/>
        <source>--format must be trec, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="81"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="87"/>
        <source>Wrote %1 qrels lines to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="93"/>
        <source>dataset &apos;%1&apos; has no embedding space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="98"/>
        <source>no space named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="101"/>
        <source>dataset &apos;%1&apos; has several spaces: name one with --space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="106"/>
        <source>Wrote %1 vectors of dimension %2 to %3.npy and %3.ids.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/exportcommand.cpp" line="110"/>
        <source>unknown export &apos;%1&apos; (qrels, vectors, run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::ImportCommand</name>
    <message>
        <location filename="../cli/importcommand.cpp" line="58"/>
        <source>beir, classification, qrels or vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="59"/>
        <source>The folder (beir) or file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="60"/>
        <source>The project file (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="62"/>
        <source>Name of the new dataset (default: folder or file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="64"/>
        <source>Existing dataset (qrels, vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="67"/>
        <source>Candidates of a query: the whole corpus, or only its judged documents (beir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="69"/>
        <source>qrels/&lt;split&gt;.tsv to read (beir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="71"/>
        <source>The dataset&apos;s task instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="74"/>
        <source>Skip malformed records and report them instead of failing the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="75"/>
        <source>Text column (classification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="77"/>
        <source>Label column (classification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="79"/>
        <source>Document id column (classification; optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="82"/>
        <source>Table with columns label, description: query texts (classification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="84"/>
        <source>csv, tsv or jsonl (classification; default: by extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="86"/>
        <source>Id list for a .npy file, one id per line (vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="88"/>
        <source>Embedding space to fill (vectors; default &apos;imported&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="90"/>
        <source>Model name to record with the space (vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="92"/>
        <source>The vectors are query vectors (vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="96"/>
        <source>Import data into a Tare project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="101"/>
        <source>usage: tare-cli import beir|classification|qrels|vectors INPUT --project FILE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="117"/>
        <source>--pool must be corpus or judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="122"/>
        <source>unknown import kind &apos;%1&apos; (beir, classification, qrels, vectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="124"/>
        <source>&apos;import %1&apos; needs --dataset NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/importcommand.cpp" line="150"/>
        <source>--format must be csv, tsv or jsonl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::InfoCommand</name>
    <message>
        <location filename="../cli/infocommand.cpp" line="57"/>
        <source>Project %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="59"/>
        <source>  no datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="61"/>
        <source>  dataset &apos;%1&apos; (pool: %2): %3 documents, %4 queries, %5 labels (%6 positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="71"/>
        <source>    space &apos;%1&apos; (%2%3, dim %4): %5 document vectors, %6 query vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="80"/>
        <source>  judges: %1, judgments: %2, runs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="90"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="91"/>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="93"/>
        <source>Show what a Tare project holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/infocommand.cpp" line="96"/>
        <source>usage: tare-cli info PROJECT [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tare::cli::RunCommand</name>
    <message>
        <location filename="../cli/runcommand.cpp" line="50"/>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="50"/>
        <source>AP before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="50"/>
        <source>AP after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="51"/>
        <source>ΔAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="51"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="71"/>
        <source>Run %1 on &apos;%2&apos; (space %3, judge %4, refiner %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="75"/>
        <source>  queries: %1 finished, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="78"/>
        <source>  MAP %1 → %2  (Δ %3, %4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="83"/>
        <source>  win/tie/loss %1/%2/%3; paired t-test p = %4; randomization p = %5; 95% CI of Δ [%6, %7]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="94"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="95"/>
        <source>Dataset (default: the one holding the space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="96"/>
        <source>Embedding space name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="97"/>
        <source>gold, simulated:flip=RATE or simulated:sigma=SD (with ,seed=N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="99"/>
        <source>kl-adam, refit, rocchio or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="101"/>
        <source>Adam steps (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="102"/>
        <source>Learning rate (default 1e-4; refit 0.005).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="103"/>
        <source>Judged documents per query (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="104"/>
        <source>Of those, from the top of the ranking (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="106"/>
        <source>Seed of the random part of the judged set (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="108"/>
        <source>AP/AUC every N steps (default: automatic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="110"/>
        <source>Worker threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="111"/>
        <source>Only these query ids (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="112"/>
        <source>Print one JSON object (summary with map_before, map_after, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="114"/>
        <source>Continue the latest unfinished run with the same parameters instead of starting a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="115"/>
        <source>A label for the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="118"/>
        <source>Refine the queries of a dataset and report MAP before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="121"/>
        <source>usage: tare-cli run PROJECT --space S --judge J --refiner R [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="137"/>
        <source>no embedding space named &apos;%1&apos; (create one with &apos;tare-cli embed&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="139"/>
        <source>several datasets have a space named &apos;%1&apos;: name one with --dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="146"/>
        <source>unknown refiner &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="154"/>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="165"/>
        <source>--lr must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="171"/>
        <source>--seed must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="183"/>
        <source>Resuming run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="189"/>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/runcommand.cpp" line="206"/>
        <source>Run %1 was interrupted; finished queries are kept. Continue it with --resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
