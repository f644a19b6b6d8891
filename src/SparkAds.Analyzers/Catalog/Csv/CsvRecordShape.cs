using System.Collections.Generic;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>Start offsets (within the raw record) of each field, and the first field whose quoting is wrong.</summary>
internal sealed record CsvRecordShape(List<int> FieldStarts, int ProblemField, CsvProblem Problem);
