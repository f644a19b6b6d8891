namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>A typed team column of a header and the index of its field in every record.</summary>
internal readonly record struct TeamColumnField(int Index, TeamColumnHeader Header);
