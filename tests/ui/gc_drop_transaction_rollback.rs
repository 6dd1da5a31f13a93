//@ spec: 12.4, 12.5, 12.8, 12.9
// A transaction guard borrows the account list mutably and rolls changes back in its Drop
// unless commit() consumed it first; early returns and `?` leave through the guard's drop.
struct Account {
    owner: String,
    balance: i64,
}

struct Transaction<'a> {
    accounts: &'a mut Vec<Account>,
    undo: Vec<(usize, i64)>,
    committed: bool,
}

impl<'a> Transaction<'a> {
    fn begin(accounts: &'a mut Vec<Account>) -> Transaction<'a> {
        Transaction { accounts, undo: Vec::new(), committed: false }
    }
    fn adjust(&mut self, i: usize, delta: i64) -> Result<(), String> {
        let acc = &mut self.accounts[i];
        if acc.balance + delta < 0 {
            return Err(format!("{} would go negative", acc.owner));
        }
        self.undo.push((i, acc.balance));
        acc.balance += delta;
        Ok(())
    }
    fn commit(mut self) {
        self.committed = true;
        println!("commit {} change(s)", self.undo.len());
    }
}

impl<'a> Drop for Transaction<'a> {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        while let Some((i, old)) = self.undo.pop() {
            self.accounts[i].balance = old;
        }
        println!("rolled back");
    }
}

fn transfer(accounts: &mut Vec<Account>, from: usize, to: usize, amount: i64) -> Result<(), String> {
    let mut tx = Transaction::begin(accounts);
    tx.adjust(to, amount)?;
    tx.adjust(from, -amount)?;
    tx.commit();
    Ok(())
}

fn show(accounts: &Vec<Account>) {
    let parts: Vec<String> = accounts.iter().map(|a| format!("{}:{}", a.owner, a.balance)).collect();
    println!("  {}", parts.join(" "));
}

fn main() {
    let mut accounts = vec![
        Account { owner: String::from("ana"), balance: 50 },
        Account { owner: String::from("ben"), balance: 10 },
    ];
    println!("{:?}", transfer(&mut accounts, 0, 1, 30));
    show(&accounts);
    println!("{:?}", transfer(&mut accounts, 1, 0, 100));
    show(&accounts);
    {
        let mut tx = Transaction::begin(&mut accounts);
        tx.adjust(0, 5).unwrap();
        tx.adjust(1, -40).unwrap();
        println!("abandoning tx with {} change(s)", tx.undo.len());
    }
    show(&accounts);
}
