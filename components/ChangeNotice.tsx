import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '@/components/dates';
import { useStrings } from '@/components/strings';
import { localize } from '@/utils/campaign/localize';
import type { Campaign } from '@/utils/campaign/schema';
import { dismissNotice, type ChangeNotice as Notice, readNotices } from '@/utils/campaign-in-use/change-notices';
import { changeNotices } from '@/utils/storage/items';

/**
 * The notices still in their week, kept current while the popup is open (an
 * update can arrive meanwhile). Empty in a build without a feed, where nothing
 * can change, and in the prerendered HTML, which knows no storage.
 */
function useChangeNotices(): Map<string, Notice> {
  const [notices, setNotices] = useState<Map<string, Notice>>(new Map());
  useEffect(() => {
    if (!import.meta.env.FEED_URL) return;
    const load = () => void readNotices(changeNotices, Date.now()).then(setNotices);
    load();
    return changeNotices.watch(load);
  }, []);
  return notices;
}

function NoticeBody({ notice, title }: { notice: Notice; title?: string }) {
  const { t, lang } = useStrings();
  return (
    <div class="change-notice" role="note">
      <p class="change-title">
        {title ? `${title}: ` : ''}
        {t('popupChangedOn', formatDate(notice.on, lang))}
      </p>
      <dl class="change-values">
        <dt>{t('popupChangeBefore')}</dt>
        <dd>{notice.before === null ? t('popupChangeAdded') : <code>{notice.before}</code>}</dd>
        <dt>{t('popupChangeNow')}</dt>
        <dd>
          <code>{notice.after}</code>
        </dd>
      </dl>
      <button
        type="button"
        class="change-dismiss"
        onClick={() => void dismissNotice(changeNotices, notice.subject, Date.now())}
      >
        {t('popupChangeDismiss')}
      </button>
    </div>
  );
}

/** On a donation card: the account a signed update changed this week, the old one beside the new. */
export function ChangeNotice({ subject }: { subject: string }) {
  const notice = useChangeNotices().get(subject);
  return notice ? <NoticeBody notice={notice} /> : null;
}

/** The donation page and the links a signed update changed this week, each named. */
export function LinkChangeNotices({ campaign }: { campaign: Campaign }) {
  const { t, lang } = useStrings();
  const notices = [...useChangeNotices().values()].filter((n) => !n.subject.startsWith('donation:'));
  const labels = new Map(campaign.links.map((link) => [`link:${link.id}`, localize(link.label, lang)]));
  labels.set('donatePage', t('popupCurrentDetails'));
  return (
    <>
      {notices.map((notice) => (
        <NoticeBody key={notice.subject} notice={notice} title={labels.get(notice.subject) ?? notice.subject} />
      ))}
    </>
  );
}
