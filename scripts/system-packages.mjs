// The one list of Debian packages the tests need. Later issues add to it here.
export const SYSTEM_PACKAGES = [
  'libsecret-1-dev', // keytar builds against it
  'gnome-keyring', // a real Secret Service for keychain tests
  'dbus', // a private session bus for the keyring and notifications
  'chromium', // Playwright drives Debian's Chromium; no browser download
  'xvfb', // a real X display for windows and notifications
  'xauth',
  'dunst', // a notification daemon whose history tests can read
  'libnotify-bin',
];
