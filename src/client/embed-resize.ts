/** Inside an embed frame: tells the parent page the document's height, so its optional script can fit the frame. */
import { RESIZE_MESSAGE } from '../embed/code.ts';

if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The parent's origin is unknown (any site may embed us); the message holds only a number.
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
