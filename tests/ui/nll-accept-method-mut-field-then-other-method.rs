//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `a` (from `b.account(0)`) is in scope when `b.note` borrows `b` again.
struct Bank {
    accounts: Vec<i64>,
    log: Vec<String>,
}
impl Bank {
    fn account(&mut self, i: usize) -> &mut i64 {
        &mut self.accounts[i]
    }
    fn note(&mut self, s: &str) {
        self.log.push(s.to_string());
    }
}
fn main() {
    let mut b = Bank { accounts: vec![100, 200], log: Vec::new() };
    let a = b.account(0);
    *a += 50;
    b.note("deposit");
    let a2 = b.account(1);
    *a2 -= 20;
    b.note("withdraw");
    println!("{:?} {:?}", b.accounts, b.log);
}
