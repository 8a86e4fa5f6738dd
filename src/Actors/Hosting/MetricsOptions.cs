namespace Expressivity.Actors.Hosting;

/// <summary>How metrics are exported (configuration section <c>Metrics</c>).</summary>
public sealed record MetricsOptions
{
    /// <summary>"none" (default), "prometheus" (HTTP scrape endpoint) or "otlp" (push to a collector).</summary>
    public string Exporter { get; init; } = "none";

    /// <summary>Prometheus only: listen prefix of the scrape endpoint. Default http://127.0.0.1:9464/.</summary>
    public string PrometheusPrefix { get; init; } = "http://127.0.0.1:9464/";

    /// <summary>OTLP only: collector endpoint, e.g. http://otel-collector:4317.</summary>
    public string? OtlpEndpoint { get; init; }

    /// <summary>Checks the options; the message names the bad setting.</summary>
    public void Validate()
    {
        if (Exporter is not ("none" or "prometheus" or "otlp"))
            throw new ArgumentException($"Metrics:Exporter must be none, prometheus or otlp, not '{Exporter}'");
        if (Exporter == "otlp" && string.IsNullOrWhiteSpace(OtlpEndpoint))
            throw new ArgumentException("Metrics:OtlpEndpoint is required when Metrics:Exporter is 'otlp'");
    }
}
