// Keeps a failure where it happened: a crashed or unloadable part shows its fallback, the rest of the page goes on.
import { Component, type ReactNode } from 'react';

interface Props {
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
  /** Called after the fallback's retry resets the boundary (e.g. to load a module again). */
  onRetry?: () => void;
  /** A change of key (e.g. the page's address) clears a previous failure. */
  resetKey?: string;
}

export class ErrorBoundary extends Component<Props, { failed: boolean; key: string | undefined }> {
  override state = { failed: false, key: this.props.resetKey };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: Props, state: { failed: boolean; key: string | undefined }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }
  override componentDidCatch(error: unknown) {
    console.error('part of the page failed', error);
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback(() => {
      this.setState({ failed: false });
      this.props.onRetry?.();
    });
  }
}
