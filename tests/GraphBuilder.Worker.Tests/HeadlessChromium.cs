using System.Collections.ObjectModel;
using GraphBuilder.Tests.Neo4j;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// Debian's Chromium, headless, driven through its ChromeDriver (CHROMIUM_PATH and CHROMEDRIVER_PATH
/// point elsewhere). Where they are missing, the first browser of the test run installs them with
/// scripts/install-browser.sh, as the Neo4j fixture installs Neo4j, so the README's one test command
/// is all a fresh machine needs. The flags keep it off the network, which these machines close, and
/// out of any earlier profile.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private readonly string _profile = Directory.CreateTempSubdirectory("graphbuilder-chromium-").FullName;
    private readonly ChromeDriverService _service;

    public HeadlessChromium()
    {
        var browser = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        var driver = Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH") ?? "/usr/bin/chromedriver";
        if (!File.Exists(browser) || !File.Exists(driver))
            Installed.Value.GetAwaiter().GetResult();
        File.Exists(browser).ShouldBeTrue($"Chromium is not at {browser} after scripts/install-browser.sh; set CHROMIUM_PATH to use another.");
        File.Exists(driver).ShouldBeTrue($"ChromeDriver is not at {driver} after scripts/install-browser.sh; set CHROMEDRIVER_PATH to use another.");

        var options = new ChromeOptions { BinaryLocation = browser };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={_profile}", "--window-size=1400,1000");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        _service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        _service.SuppressInitialDiagnosticInformation = true;
        Driver = new ChromeDriver(_service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>One install per test run, however many test classes want a browser at once.</summary>
    private static readonly Lazy<Task> Installed = new(InstallAsync);

    public ChromeDriver Driver { get; }

    private static async Task InstallAsync()
    {
        var script = Path.Combine(Neo4jFixture.RepositoryRoot(), "scripts", "install-browser.sh");
        await Console.Error.WriteLineAsync("Chromium or ChromeDriver is missing: installing them with scripts/install-browser.sh (Debian packages, once).");
        var start = new System.Diagnostics.ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"scripts/install-browser.sh could not install Chromium and ChromeDriver: {await stderr}{await stdout}");
    }

    public void Open(string file) => Driver.Navigate().GoToUrl(new Uri(file).AbsoluteUri);

    public object? Script(string script, params object[] arguments) => Driver.ExecuteScript(script, arguments);

    public void WaitFor(Func<IWebDriver, bool> condition, string what)
    {
        // The page's own errors are usually why it never got there.
        if (!TryWaitFor(condition, TimeSpan.FromSeconds(30)))
            throw new TimeoutException($"Timed out waiting for {what}; the page logged: {string.Join(" | ", Errors().Select(e => e.Message))}");
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the condition; false if it never held, for waits whose failure is not a test's.</summary>
    public bool TryWaitFor(Func<IWebDriver, bool> condition, TimeSpan timeout)
    {
        try
        {
            return new WebDriverWait(Driver, timeout).Until(condition);
        }
        catch (WebDriverTimeoutException)
        {
            return false;
        }
    }

    /// <summary>A real mouse click at a point of an element, given from its top-left corner.</summary>
    public void ClickAt(IWebElement element, double x, double y)
    {
        Script("arguments[0].scrollIntoView({block: 'center'});", element);
        // Selenium offsets a move from the element's centre.
        new Actions(Driver).MoveToElement(element, (int)Math.Round(x - element.Size.Width / 2.0), (int)Math.Round(y - element.Size.Height / 2.0)).Click().Perform();
    }

    /// <summary>What the page logged as errors: script errors, blocked scripts (CSP), failed loads.</summary>
    public ReadOnlyCollection<LogEntry> Errors() =>
        new([.. Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Severe)]);

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        // The driver was handed this service, so stopping chromedriver is ours to do.
        _service.Dispose();
        Directory.Delete(_profile, recursive: true);
    }
}
