// Delete with confirmation, then a notification with "Deshacer" for a few seconds.
import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { NButton, useDialog, useMessage, useNotification } from 'naive-ui'
import type { ErrorDTO } from '@/api/errors'
import { useErrorText } from './errors'

export const undoSeconds = 8

export interface DeleteOptions {
  title: string // the confirmation's question
  content: string // what will happen
  done: string // "Cuenta eliminada"
  remove: () => Promise<void>
  restore: () => Promise<void>
  afterRemove?: () => void
  afterRestore?: () => void
}

export function useDeleteWithUndo() {
  const { t } = useI18n()
  const dialog = useDialog()
  const notification = useNotification()
  const message = useMessage()
  const { errorText } = useErrorText()

  function offerUndo(o: DeleteOptions) {
    let undone = false
    const n = notification.create({
      title: o.done,
      content: t('delete.undoHint', { seconds: undoSeconds }),
      duration: undoSeconds * 1000,
      keepAliveOnHover: true,
      closable: true,
      action: () =>
        h(
          NButton,
          {
            type: 'primary',
            size: 'small',
            secondary: true,
            'data-testid': 'undo-delete',
            onClick: async () => {
              if (undone) return
              undone = true
              n.destroy()
              try {
                await o.restore()
                message.success(t('delete.restored'))
                o.afterRestore?.()
              } catch (e) {
                message.error(errorText(e as ErrorDTO))
              }
            },
          },
          () => t('delete.undo'),
        ),
    })
  }

  // run asks for confirmation, deletes, and offers the undo.
  function run(o: DeleteOptions) {
    dialog.warning({
      title: o.title,
      content: o.content,
      positiveText: t('common.delete'),
      negativeText: t('common.cancel'),
      positiveButtonProps: { type: 'error', 'data-testid': 'confirm-delete' } as Record<string, unknown>,
      negativeButtonProps: { 'data-testid': 'cancel-delete' } as Record<string, unknown>,
      autoFocus: true,
      onPositiveClick: async () => {
        try {
          await o.remove()
        } catch (e) {
          message.error(errorText(e as ErrorDTO))
          return
        }
        o.afterRemove?.()
        offerUndo(o)
      },
    })
  }

  return { run }
}
