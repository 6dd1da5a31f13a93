//@ spec: 14.7 15.4 13.5
// A bank ledger using Result, custom error enums, the ? operator and map_err/and_then chains.
#[derive(Debug, Clone, Copy, PartialEq)]
enum BankError {
    NoSuchAccount(usize),
    Insufficient { need: u32, have: u32 },
    Frozen,
}

struct Bank {
    balances: [u32; 3],
    frozen: [bool; 3],
}

impl Bank {
    fn account(&self, id: usize) -> Result<u32, BankError> {
        if id >= 3 {
            return Err(BankError::NoSuchAccount(id));
        }
        if self.frozen[id] {
            return Err(BankError::Frozen);
        }
        Ok(self.balances[id])
    }

    fn withdraw(&mut self, id: usize, amount: u32) -> Result<u32, BankError> {
        let have = self.account(id)?;
        if have < amount {
            return Err(BankError::Insufficient { need: amount, have });
        }
        self.balances[id] = have - amount;
        Ok(self.balances[id])
    }

    fn transfer(&mut self, from: usize, to: usize, amount: u32) -> Result<(u32, u32), BankError> {
        self.account(to)?;
        let left = self.withdraw(from, amount)?;
        self.balances[to] += amount;
        Ok((left, self.balances[to]))
    }
}

fn describe(r: Result<(u32, u32), BankError>) -> u32 {
    r.map(|(a, b)| a + b).unwrap_or_else(|e| {
        println!("  error: {:?}", e);
        0
    })
}

fn main() {
    let mut bank = Bank { balances: [100, 50, 0], frozen: [false, false, true] };
    println!("t1 -> {:?}", bank.transfer(0, 1, 30));
    println!("t2 -> {:?}", bank.transfer(1, 0, 500));
    println!("t3 -> {:?}", bank.transfer(0, 7, 1));
    println!("t4 -> {:?}", bank.transfer(0, 2, 1));
    println!("sum after t5 = {}", describe(bank.transfer(1, 0, 80)));
    println!("sum after t6 = {}", describe(bank.transfer(5, 0, 1)));
    let code = bank.withdraw(0, 10).map_err(|_| 99).and_then(|b| if b > 50 { Ok(b) } else { Err(1) });
    println!("code = {:?}", code);
    println!("ok? {} err? {}", bank.account(1).is_ok(), bank.account(2).is_err());
    println!("as option: {:?} {:?}", bank.account(0).ok(), bank.account(2).ok());
}
