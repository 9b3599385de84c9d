#include "addressclassifier.h"
#include "linkchecker.h"

namespace Citewise {

namespace {

class LinkCheckerBackend final : public LinkCheckBackend
{
public:
    explicit LinkCheckerBackend(Listener *listener)
    {
        QObject::connect(&m_checker, &LinkChecker::resultReady, &m_checker,
            [listener](
                const QString &url, const LinkCheckResult &result) { listener->linkChecked(url, result); });
        QObject::connect(&m_checker, &LinkChecker::progress, &m_checker,
            [listener](int done, int total) { listener->linkCheckProgress(done, total); });
        QObject::connect(
            &m_checker, &LinkChecker::finished, &m_checker, [listener] { listener->linkCheckFinished(); });
    }

    ~LinkCheckerBackend() override
    {
        // The listener may be going away too: nothing the checker does while it stops reaches it.
        QObject::disconnect(&m_checker, nullptr, nullptr, nullptr);
    }

    void setTimeoutMs(int ms) override { m_checker.setTimeoutMs(ms); }
    void setAllowPrivateAddresses(bool allow) override { m_checker.setAllowPrivateAddresses(allow); }
    bool allowPrivateAddresses() const override { return m_checker.allowPrivateAddresses(); }
    bool isNonPublicHost(const QString &host) const override
    {
        return !host.isEmpty()
            && AddressClassifier::classifyHost(host) == AddressClassifier::Verdict::NonPublic;
    }
    void check(const QStringList &urls) override { m_checker.check(urls); }
    void recheck(const QStringList &urls) override { m_checker.recheck(urls); }
    void cancel() override { m_checker.cancel(); }

private:
    LinkChecker m_checker;
};

} // namespace

std::unique_ptr<LinkCheckBackend> createLinkCheckBackend(LinkCheckBackend::Listener *listener)
{
    return std::make_unique<LinkCheckerBackend>(listener);
}

} // namespace Citewise
