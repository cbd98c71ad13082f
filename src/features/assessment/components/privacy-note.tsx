export function PrivacyNote() {
  return (
    <p className="max-w-prose text-ink-muted">
      Your ratings and notes stay in this browser, on this device. Ladder has no accounts and sends them nowhere; export
      or share them only when you choose to.
    </p>
  );
}
