// Hash history: Wails serves the built files, so there is no server to answer deep links.
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { areas } from './areas'

const comingSoon: RouteRecordRaw[] = areas
  .filter((a) => a.comingSoon)
  .map((a) => ({
    path: a.path,
    name: a.key,
    component: () => import('./views/ComingSoonView.vue'),
    props: { area: a.key },
    meta: { area: a.key },
  }))

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/accounts' },
  { path: '/accounts', name: 'accounts', component: () => import('./views/AccountsView.vue'), meta: { area: 'accounts' } },
  {
    path: '/accounts/:id',
    name: 'account',
    component: () => import('./views/AccountDetailView.vue'),
    props: true,
    meta: { area: 'accounts' },
  },
  ...comingSoon,
  { path: '/sync', name: 'sync', component: () => import('./views/SyncView.vue'), meta: { area: 'sync' } },
  { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { area: 'settings' } },
  { path: '/:pathMatch(.*)*', redirect: '/accounts' },
]

export function makeRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
