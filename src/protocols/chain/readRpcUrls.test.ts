import { expect, test } from 'vitest'
import { readRpcUrls } from './readRpcUrls.ts'

test('default: one URL or a list per chain', () => {
  expect(readRpcUrls('{"1":"https://a.example","10":["https://b.example","http://127.0.0.1:8545"]}')).toEqual({
    1: ['https://a.example'],
    10: ['https://b.example', 'http://127.0.0.1:8545'],
  })
  expect(readRpcUrls(undefined)).toEqual({})
})

test('errors: malformed settings say what is expected', () => {
  expect(() => readRpcUrls('{')).toThrow(/not JSON/)
  expect(() => readRpcUrls('[]')).toThrow(/JSON object/)
  expect(() => readRpcUrls('{"1":[]}')).toThrow(/chain 1/)
  expect(() => readRpcUrls('{"1":"ftp://x"}')).toThrow(/chain 1/)
})
