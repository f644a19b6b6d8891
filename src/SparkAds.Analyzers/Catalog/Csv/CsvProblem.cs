namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>What is wrong with a record's quoting, if anything.</summary>
internal enum CsvProblem
{
    None,
    MisplacedQuote,
    UnterminatedQuote,
}
