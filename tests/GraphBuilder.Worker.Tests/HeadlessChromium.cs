using System.Collections.ObjectModel;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// Debian's Chromium, headless, driven through its ChromeDriver (scripts/install-browser.sh installs
/// both; CHROMIUM_PATH and CHROMEDRIVER_PATH point elsewhere). The flags keep it off the network,
/// which these machines close, and out of any earlier profile.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private readonly string _profile = Directory.CreateTempSubdirectory("graphbuilder-chromium-").FullName;
    private readonly ChromeDriverService _service;

    public HeadlessChromium()
    {
        var browser = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        var driver = Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH") ?? "/usr/bin/chromedriver";
        File.Exists(browser).ShouldBeTrue($"Chromium is not at {browser}: run scripts/install-browser.sh or set CHROMIUM_PATH.");
        File.Exists(driver).ShouldBeTrue($"ChromeDriver is not at {driver}: run scripts/install-browser.sh or set CHROMEDRIVER_PATH.");

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

    public ChromeDriver Driver { get; }

    public void Open(string file) => Driver.Navigate().GoToUrl(new Uri(file).AbsoluteUri);

    public object? Script(string script, params object[] arguments) => Driver.ExecuteScript(script, arguments);

    public void WaitFor(Func<IWebDriver, bool> condition, string what)
    {
        try
        {
            new WebDriverWait(Driver, TimeSpan.FromSeconds(30)).Until(condition);
        }
        catch (WebDriverTimeoutException ex)
        {
            // The page's own errors are usually why it never got there.
            throw new TimeoutException($"Timed out waiting for {what}; the page logged: {string.Join(" | ", Errors().Select(e => e.Message))}", ex);
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
