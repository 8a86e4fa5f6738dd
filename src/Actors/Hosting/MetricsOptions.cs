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

    /// <summary>Host and port of <see cref="PrometheusPrefix"/> ("+" or "*" as host: every interface).</summary>
    public (string Host, int Port) PrometheusEndpoint
    {
        get
        {
            var m = System.Text.RegularExpressions.Regex.Match(PrometheusPrefix, @"^http://([^:/]+):(\d{1,5})/?$");
            if (!m.Success || int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 65535)
                throw new ArgumentException($"Metrics:PrometheusPrefix must look like http://127.0.0.1:9464/, not '{PrometheusPrefix}'");
            return (m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Checks the options; the message names the bad setting.</summary>
    public void Validate()
    {
        if (Exporter == "prometheus") _ = PrometheusEndpoint;
        if (Exporter is not ("none" or "prometheus" or "otlp"))
            throw new ArgumentException($"Metrics:Exporter must be none, prometheus or otlp, not '{Exporter}'");
        if (Exporter == "otlp" && string.IsNullOrWhiteSpace(OtlpEndpoint))
            throw new ArgumentException("Metrics:OtlpEndpoint is required when Metrics:Exporter is 'otlp'");
    }
}
